/**
 * manifest.xml against Microsoft's manifest documentation, offline (scripts/manifest-check.js names
 * the page of each rule): the source manifest passes, and each rule catches what it is for.
 */
import * as fs from "fs";
import * as path from "path";

interface Problem {
  readonly rule: string;
  readonly message: string;
}
// The checker is plain JS shared with `npm run validate`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const checker = require("../scripts/manifest-check.js") as {
  manifestProblems: (
    xml: string,
    files?: { exists?: (file: string) => boolean; read?: (file: string) => Buffer | null },
  ) => Problem[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hosting = require("../scripts/hosted-manifest.js") as {
  addinUrl: (value: string | undefined) => string;
  hostedManifest: (xml: string, url: string) => string;
};

const root = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const guide = require("../scripts/guide-page.js") as { GUIDE_PAGE: string };

/**
 * What the production build serves: assets/ as is, plus the bundles and functions.json webpack
 * writes, and the user guide's page made from docs/huong-dan.md.
 */
const buildOutputs = new Set(["taskpane.html", "functions.js", "functions.json", guide.GUIDE_PAGE]);
const files = {
  exists: (file: string) => buildOutputs.has(file) || fs.existsSync(path.join(root, file)),
  read: (file: string) =>
    fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file)) : null,
};
const rulesOf = (xml: string): string[] => checker.manifestProblems(xml, files).map((p) => p.rule);

/** A PNG header of the given size (the checker reads only the IHDR chunk). */
function pngOf(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(24);
  bytes.writeUInt32BE(0x89504e47, 0);
  bytes.writeUInt32BE(0x0d0a1a0a, 4);
  bytes.writeUInt32BE(13, 8);
  bytes.write("IHDR", 12, "ascii");
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

describe("manifest.xml", () => {
  it("passes every offline rule, its icon files at their declared pixel sizes", () => {
    expect(checker.manifestProblems(manifest, files)).toEqual([]);
  });

  it("names the icon files that exist in assets/ at every size the ribbon needs", () => {
    for (const size of [16, 32, 64, 80]) expect(manifest).toContain(`assets/icon-${size}.png`);
  });

  it("is Vietnamese by default with an English override", () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<Override Locale="en-US"/);
  });

  it("declares an ExcelApi minimum beside the shared runtime and custom functions runtime", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+" \/>/);
  });

  it.each([
    ["xml", "<OfficeApp><Id>"],
    [
      "element-order",
      manifest.replace(/( *<Version>[^<]*<\/Version>\n)( *<ProviderName>[^<]*<\/ProviderName>\n)/, "$2$1"),
    ],
    [
      "element-order",
      manifest.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadWriteDocument</Permissions><Bogus/>",
      ),
    ],
    ["id", manifest.replace(/<Id>[^<]*<\/Id>/, "<Id>thidua</Id>")],
    ["version", manifest.replace(/<Version>[^<]*<\/Version>/, "<Version>0.1.0.0.1</Version>")],
    ["version", manifest.replace(/<Version>[^<]*<\/Version>/, "<Version>123456.1</Version>")],
    [
      "locale",
      manifest.replace("<DefaultLocale>vi-VN</DefaultLocale>", "<DefaultLocale>Tiếng Việt</DefaultLocale>"),
    ],
    ["locale", manifest.replace('Locale="en-US"', 'Locale="english"')],
    [
      "length",
      manifest.replace(/<DisplayName DefaultValue="[^"]*"/, `<DisplayName DefaultValue="${"x".repeat(126)}"`),
    ],
    [
      "length",
      manifest.replace(
        /(<bt:String id="GetStarted.Description" DefaultValue=")[^"]*"/,
        `$1${"y".repeat(251)}"`,
      ),
    ],
    ["permissions", manifest.replace("ReadWriteDocument", "ReadWriteEverything")],
    ["id-unique", manifest.replace('<bt:String id="Group.Label"', '<bt:String id="OpenPane.Label"')],
    ["resid", manifest.replace('resid="OpenPane.Label"', 'resid="Missing.Label"')],
    ["resid-length", manifest.replace(/Functions\.Metadata\.Url/g, "Functions.Metadata.Url.Of.The.Add.In")],
    ["icon-size", manifest.replace('<bt:Image size="80" resid="Icon.80x80" />', "")],
    [
      "shared-runtime",
      manifest.replace(
        '<Runtime resid="Taskpane.Url" lifetime="long" />',
        '<Runtime resid="Taskpane.Url" />',
      ),
    ],
    [
      "shared-runtime",
      manifest.replace(
        '<FunctionFile resid="Taskpane.Url" />',
        '<FunctionFile resid="Functions.Script.Url" />',
      ),
    ],
    ["shared-runtime", manifest.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', "")],
    [
      "requirement-sets",
      manifest.replace(
        '<Set Name="ExcelApi" MinVersion="1.9" />',
        '<Set Name="ExcelApi" MinVersion="1.9.1" />',
      ),
    ],
    ["namespace", manifest.replace('DefaultValue="THIDUA"', 'DefaultValue="THIDUA2"')],
    [
      "https",
      manifest.replace(
        "https://localhost:3000/assets/icon-16.png",
        "http://localhost:3000/assets/icon-16.png",
      ),
    ],
    [
      "app-domain",
      manifest.replace("https://localhost:3000/assets/icon-16.png", "https://cdn.example.com/icon-16.png"),
    ],
    [
      "app-domain",
      manifest.replace(
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://localhost:3000/</AppDomain>",
      ),
    ],
    [
      "app-domain",
      manifest.replace(
        "<AppDomain>https://localhost:3000</AppDomain>",
        "<AppDomain>https://localhost:3000/addin</AppDomain>",
      ),
    ],
    ["file", manifest.replace("assets/icon-80.png", "assets/icon-81.png")],
  ])("catches a manifest that breaks rule %s", (rule, broken) => {
    expect(rulesOf(broken)).toContain(rule);
  });

  it("checks an icon file's pixels against the size the manifest gives it", () => {
    const wrong = {
      exists: () => true,
      read: (file: string) =>
        file === "assets/icon-32.png"
          ? pngOf(48, 48)
          : pngOf(Number(/(\d+)\.png$/.exec(file)?.[1] ?? 16), Number(/(\d+)\.png$/.exec(file)?.[1] ?? 16)),
    };
    const problems = checker.manifestProblems(manifest, wrong);
    expect(problems.map((p) => p.rule)).toContain("icon-size");
    expect(problems.find((p) => p.rule === "icon-size")?.message).toMatch(/32×32.*48×48/);
  });
});

describe("the manifest of a hosted build (THIDUA_ADDIN_URL)", () => {
  it("moves every URL and the AppDomain to the host, and passes the same rules", () => {
    const url = hosting.addinUrl("https://thidua.example.vn/addin");
    expect(url).toBe("https://thidua.example.vn/addin/");
    const hosted = hosting.hostedManifest(manifest, url);
    expect(hosted).not.toContain("localhost");
    expect(hosted).toContain("<AppDomain>https://thidua.example.vn</AppDomain>");
    expect(hosted).toContain(
      '<SourceLocation DefaultValue="https://thidua.example.vn/addin/taskpane.html" />',
    );
    expect(checker.manifestProblems(hosted)).toEqual([]);
  });

  it("refuses an address Office would not load, in Vietnamese", () => {
    expect(() => hosting.addinUrl("http://thidua.example.vn/")).toThrow(/phải là https/);
    expect(() => hosting.addinUrl("thidua.example.vn")).toThrow(/không phải một địa chỉ/);
    expect(hosting.addinUrl(undefined)).toBe("https://localhost:3000/");
  });
});
