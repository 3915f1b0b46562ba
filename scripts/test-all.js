/* `npm test`: everything that guards main, in order — types, lint, format, production build,
   manifest check, unit/component/adapter tests (jest; some read the build), end-to-end tests in chromium.
   Every step runs even after a failure, so one run shows all that is wrong. */
const { spawnSync } = require("child_process");

const steps = [
  ["types", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["build", "npx", ["webpack", "--mode", "production"]],
  ["build:cli", "npx", ["tsc", "-p", "tsconfig.cli.json"]],
  ["manifest", "node", ["scripts/manifest-check.js"]],
  ["unit", "npx", ["jest", "--ci"]],
  ["e2e", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n━━ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok && name === "build") {
    results.push({ name: "manifest, unit, e2e (they need the build)", ok: false, seconds: 0 });
    break;
  }
}

console.log("\n━━ summary");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
