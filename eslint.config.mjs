// ESLint flat config. The first rules keep the architecture honest: the layering is the table LAYERS below.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import path from "node:path";

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

/**
 * The layering, one row per folder of src/ (and per part of the workbook layer): what it may
 * import from the project. core ← workbook ← adapters ← shells, with src/messages beside them:
 *
 * - the core stands alone;
 * - the workbook layer builds on it, in parts: the grid (cells, headers, addresses) knows no sheet;
 *   each sheet's module (sheets/) knows the grid and the looks; the generated sheets and the collect
 *   build on the sheets; the compositions and use cases (workbook/*.ts) on all of them;
 * - adapters implement the workbook's ports;
 * - the shells (functions, pane, command) put it all together;
 * - src/messages reads the core's diagnostics (and, as types, the workbook's refusals) and every
 *   other layer may ask it for words — the workbook and the adapters only for the Vietnamese of the
 *   documents they write (messages/vi).
 *
 * `may`: folders it may import (a folder includes its sub-folders); `types`: folders it may import
 * types from only; `also`: single files (or, ending in "/", folders) it may import values from. A
 * file belongs to the longest row naming its folder. The rule `layering/imports` below resolves each
 * relative import and checks it against this table; test/architecture.test.ts proves each row bites.
 */
/** The workbook layer's shared modules its parts may use: the port, its refusals and limits, sheet names, the looks. */
const WORKBOOK_SHARED = [
  "workbook/port.ts",
  "workbook/errors.ts",
  "workbook/limits.ts",
  "workbook/sheet-names.ts",
  "workbook/styles.ts",
  "workbook/sample-data.ts",
];
const LAYERS = {
  core: { may: [], why: "the core stands alone: pure domain, no layer above it" },
  messages: {
    may: ["core"],
    types: ["workbook"],
    also: ["workbook/grid/address.ts"],
    why: "messages render the core's data; of the workbook they read the refusals' types and cell addresses only",
  },
  "workbook/grid": {
    may: ["core"],
    also: ["workbook/port.ts"],
    why: "the grid reads any sheet's cells, headers and addresses: it knows no sheet of the product",
  },
  "workbook/sheets": {
    may: ["core", "workbook/grid"],
    also: [...WORKBOOK_SHARED, "messages/vi/"],
    why: "a sheet's module knows its columns, the grid and the looks; not the generated sheets, the collect or the use cases",
  },
  "workbook/generated": {
    may: ["core", "workbook/grid", "workbook/sheets"],
    types: ["workbook"],
    also: [...WORKBOOK_SHARED, "messages/vi/"],
    why: "a generated sheet or document is written from results and the sheets' layout; it reads no workbook itself",
  },
  "workbook/collect": {
    may: ["core", "workbook/grid", "workbook/sheets"],
    also: [...WORKBOOK_SHARED, "workbook/decode.ts", "messages/vi/"],
    why: "collecting builds on the sheets and the decoded workbook; the generated sheets are not its business",
  },
  workbook: {
    may: ["core", "workbook"],
    also: ["messages/vi/"],
    why: "the workbook layer builds on the core and writes Vietnamese documents (messages/vi), never the user's language",
  },
  adapters: {
    may: ["core", "workbook"],
    also: ["messages/vi/"],
    why: "adapters implement the workbook's ports; their refusals are data the shells word",
  },
  functions: { may: ["core", "messages"], why: "the custom functions are a thin shell over the core" },
  taskpane: {
    may: ["core", "messages", "workbook", "adapters"],
    why: "the pane is a shell: it runs the use cases through an adapter",
  },
  cli: {
    may: ["core", "messages", "workbook", "adapters"],
    why: "the command is a shell: it runs the use cases through the .xlsx adapter",
  },
};

const srcDir = path.join(import.meta.dirname, "src");

/** Whether a path inside src/ ("workbook/sheets/units.ts") is in a folder ("workbook") or one of its sub-folders. */
const within = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`);

/** The row of LAYERS a file is in (the longest naming its folder), and its path inside src/; null outside src/. */
function placeOf(file) {
  const rel = path.relative(srcDir, file).split(path.sep).join("/");
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const layer = Object.keys(LAYERS)
    .filter((key) => within(rel, key))
    .sort((a, b) => b.length - a.length)[0];
  return { layer: layer ?? rel.split("/")[0], rel };
}

/** `layering/imports`: a relative import must stay within its folder's row of LAYERS. */
const layering = {
  rules: {
    imports: {
      meta: {
        type: "problem",
        docs: { description: "Imports follow the layering table (LAYERS in eslint.config.mjs)." },
        messages: { crossed: "{{from}} may not import {{to}}: {{why}} (eslint.config.mjs, LAYERS)." },
        schema: [],
      },
      create(context) {
        const here = placeOf(context.filename);
        const row = here && LAYERS[here.layer];
        if (!row) return {};
        const check = (node, source, typeOnly) => {
          if (typeof source !== "string" || !source.startsWith(".")) return;
          const target = placeOf(path.resolve(path.dirname(context.filename), source));
          if (target === null || target.layer === here.layer || !(target.layer in LAYERS)) return;
          if (row.may.some((folder) => within(target.rel, folder))) return;
          if (typeOnly && (row.types ?? []).some((folder) => within(target.rel, folder))) return;
          if (
            (row.also ?? []).some(
              (a) =>
                target.rel === a ||
                target.rel === a.replace(/\.ts$/, "") ||
                (a.endsWith("/") && target.rel.startsWith(a)),
            )
          )
            return;
          context.report({
            node,
            messageId: "crossed",
            data: { from: `src/${here.layer}`, to: `src/${target.rel}`, why: row.why },
          });
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value, node.importKind === "type"),
          ExportNamedDeclaration: (node) =>
            node.source && check(node, node.source.value, node.exportKind === "type"),
          ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === "type"),
          ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value, false),
        };
      },
    },
  },
};

/** Folders whose code is pure (no host package, no host global). */
const PURE = ["src/core", "src/workbook", "src/messages"];

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
    // The pure layers (core, workbook, messages) import no host package and touch no host global:
    // they take what they need as arguments.
    files: PURE.map((f) => `${f}/**/*.ts`),
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
    // React components get what they need from the pane's actions: never Office.js or the browser's storage.
    files: ["src/taskpane/components/**/*.tsx", "src/taskpane/components/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeRuntime", "indexedDB", "localStorage", "sessionStorage"].map(
          (name) => ({
            name,
            message:
              "Components get actions through PaneActions (src/taskpane/actions.ts), never the host or storage.",
          }),
        ),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/storage/indexeddb", "**/adapters/office/*", "**/office-actions"],
              message: "Components get actions through PaneActions (src/taskpane/actions.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // The layering table (LAYERS above), for every file of src/.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { layering },
    rules: { "layering/imports": "error" },
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
