/* `npm run bench`: runs every bench/*.bench.ts in its own process and passes its
   `BENCH <name> <value> <unit>` lines through. Speed is measured here, never in tests. */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
if (!fs.existsSync(path.join(root, "dist", "taskpane.html"))) {
  console.log("Dựng bản production trước (cần cho số đo kích thước ngăn)…");
  const build = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`# ${file}`);
  const run = spawnSync("npx", ["tsx", path.join("bench", file)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=16384 --expose-gc" },
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
