import * as fs from "fs";
import * as path from "path";

// The checker is plain JS shared with `npm run validate`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../scripts/manifest-check.js") as {
  checkManifest: (xml: string, exists: (file: string) => boolean) => string[];
};

const root = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
/** What the production build serves: assets/ as is, plus the bundles and functions.json webpack writes. */
const buildOutputs = new Set(["taskpane.html", "functions.js", "functions.json"]);
const servedByBuild = (file: string) => buildOutputs.has(file) || fs.existsSync(path.join(root, file));

describe("manifest.xml", () => {
  it("passes the offline check: XML, ids, resids, shared runtime, URLs and icons", () => {
    expect(checkManifest(manifest, servedByBuild)).toEqual([]);
  });

  it("names the icon files that exist in assets/ at every size the ribbon needs", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(manifest).toContain(`assets/icon-${size}.png`);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(fs.existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
  });

  it("is Vietnamese by default with an English override", () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<Override Locale="en-US"/);
  });

  it("reports malformed XML, duplicate ids, unknown resids and a split runtime", () => {
    expect(checkManifest("<OfficeApp><Id>", servedByBuild)[0]).toMatch(/không đúng cú pháp XML/);
    const duplicated = manifest.replace('<bt:String id="Group.Label"', '<bt:String id="OpenPane.Label"');
    expect(checkManifest(duplicated, servedByBuild)).toContain("id trùng lặp: OpenPane.Label (String)");
    expect(
      checkManifest(manifest.replace('resid="OpenPane.Label"', 'resid="Missing.Label"'), servedByBuild),
    ).toContain("resid chưa khai báo: Missing.Label");
    expect(
      checkManifest(
        manifest.replace(
          '<FunctionFile resid="Taskpane.Url" />',
          '<FunctionFile resid="Functions.Script.Url" />',
        ),
        servedByBuild,
      ),
    ).toContain("<FunctionFile> phải dùng cùng resid với <Runtime>");
  });

  it("reports a URL whose file the build does not produce", () => {
    const broken = manifest.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(checkManifest(broken, servedByBuild)).toContain(
      "URL trỏ tới tệp không có trong bản dựng: https://localhost:3000/assets/icon-81.png",
    );
  });
});
