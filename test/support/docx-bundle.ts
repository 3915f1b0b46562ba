/**
 * Bundles the Word writer for the browser with the project's own webpack (production mode, web
 * target), as the pane would load it in a lazy chunk: the browser test runs the bundle in
 * chromium, the benchmark weighs it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import webpack from "webpack";

const root = path.resolve(__dirname, "..", "..");

/** Builds test/adapters/docx/browser-entry.ts into one minified script; returns its path. */
export function bundleDocxWriter(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), "thidua-docx-bundle-"));
  const compiler = webpack({
    mode: "production",
    target: "web",
    context: root,
    entry: path.join(root, "test", "adapters", "docx", "browser-entry.ts"),
    output: { path: outDir, filename: "docx-writer.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (!stats || stats.hasErrors())
        reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve(path.join(outDir, "docx-writer.js"));
    });
  });
}

export function readBundle(file: string): string {
  return readFileSync(file, "utf8");
}
