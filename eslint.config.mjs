// ESLint flat config. The first rules keep the architecture honest: the core stands alone.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";

/** Packages the pure layers (core, workbook codec, messages) may never import, not even as types. */
const hostPackages = [
  "react",
  "react-dom",
  "react/*",
  "@fluentui/*",
  "office-*",
  "@microsoft/*",
  "exceljs",
  "jszip",
  "docx",
  "docx/*",
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "crypto",
  "stream",
  "util",
  "zlib",
  "buffer",
  "events",
  "url",
];
/** Globals the pure layers may not touch: the Office hosts and the browser. */
const hostGlobals = [
  "Office",
  "Excel",
  "CustomFunctions",
  "OfficeRuntime",
  "OfficeExtension",
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "process",
  "require",
  "Buffer",
  "console",
  "setTimeout",
  "setInterval",
  "Date",
  "Math.random",
].map((name) => ({
  name,
  message: "The pure layers take what they need as arguments (see docs/ARCHITECTURE.md).",
}));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "assets/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "scripts/*.js", "bin/*.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { react: reactPlugin },
    settings: { react: { version: "18.3" } },
    rules: {
      ...reactPlugin.configs.flat.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // The core stands alone: no host package, no host global. Same for the pure workbook codec and the messages.
    files: ["src/core/**/*.ts", "src/workbook/**/*.ts", "src/messages/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: hostPackages,
              message:
                "src/core, src/workbook and src/messages are pure: no Office, React, exceljs, Node or DOM.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals.filter((g) => !g.name.includes("."))],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "The core is deterministic." },
      ],
    },
  },
  {
    // The core may not reach outward into the other layers either.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: hostPackages, message: "src/core is pure: no Office, React, exceljs, Node or DOM." },
            {
              group: [
                "**/workbook/**",
                "**/adapters/**",
                "**/functions/**",
                "**/taskpane/**",
                "**/cli/**",
                "../workbook*",
                "../adapters*",
              ],
              message: "The core imports only the core and src/messages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "scripts/**", "bin/**"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**", "e2e/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
