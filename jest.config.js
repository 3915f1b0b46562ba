/** Unit, component and adapter tests. End-to-end browser tests run under Playwright (e2e/). */
/** @type {import('jest').Config} */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx" } },
    ],
  },
  // office-addin-mock reaches an ESM-only package through office-addin-manifest; it only needs the OfficeApp enum.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js",
  },
  testEnvironment: "node",
  // A test that reads a real workbook takes 1–3 s alone; on a machine shared with other builds it
  // took over 5 s (the default) with no fault of its own. Hangs are still caught, at 30 s.
  testTimeout: 30_000,
};
