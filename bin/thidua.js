#!/usr/bin/env node
// The `thidua` command: runs the compiled build/cli/main.js (npm run build:cli).
"use strict";

const path = require("path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).includes(path.join("build", "cli"))
  ) {
    process.stderr.write("Chưa biên dịch lệnh thidua. Hãy chạy: npm run build:cli\n");
    process.exit(2);
  }
  throw error;
}

// `thidua … | head` closes the pipe early: the reader has what it wanted, so stop quietly
// instead of printing a stack trace for the unwritten rest.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

cli
  .runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    cwd: process.cwd(),
    env: process.env,
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Lỗi không mong đợi: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
