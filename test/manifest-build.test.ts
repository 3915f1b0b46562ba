/**
 * A hosted build, as an organisation makes it (README, "Hosting"): `THIDUA_ADDIN_URL=… npm run build`
 * writes no "localhost" into dist/manifest.xml, and `npm run validate` accepts it — and refuses a
 * broken one with a non-zero exit, naming the rule. The build goes to a folder of its own (it takes
 * about half a minute), never over dist/.
 */
import { spawnSync } from "child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const HOST = "https://thidua.example.vn/addin/";
let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), "thidua-hosted-"));
  const build = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, THIDUA_ADDIN_URL: HOST },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`the hosted build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** `npm run validate -- <dist>`: the script package.json names, as the README tells IT staff to run it. */
function validate(dist: string): { status: number | null; output: string } {
  const run = spawnSync("npm", ["run", "--silent", "validate", "--", dist], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("a build for THIDUA_ADDIN_URL", () => {
  it("writes no localhost into dist/manifest.xml: every URL and the AppDomain are the host's", () => {
    const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain("<AppDomain>https://thidua.example.vn</AppDomain>");
    expect(manifest).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${HOST}taskpane.html" />`);
  });

  it("passes npm run validate: exit 0", () => {
    const result = validate(out);
    expect(result.output).toContain("hợp lệ");
    expect(result.status).toBe(0);
  });

  it("fails npm run validate with the rule named when the manifest is broken", () => {
    const broken = mkdtempSync(path.join(tmpdir(), "thidua-broken-"));
    try {
      cpSync(path.join(out, "assets"), path.join(broken, "assets"), { recursive: true });
      for (const file of ["taskpane.html", "functions.js", "functions.json"])
        copyFileSync(path.join(out, file), path.join(broken, file));
      const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
      writeFileSync(
        path.join(broken, "manifest.xml"),
        manifest.replace(
          "<AppDomain>https://thidua.example.vn</AppDomain>",
          "<AppDomain>https://thidua.example.vn/</AppDomain>",
        ),
      );
      const result = validate(broken);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain("[app-domain]");
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
