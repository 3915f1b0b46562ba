/* Builds the pane and the custom functions into one shared runtime (dist/taskpane.html loads both),
   generates functions.json from the functions' JSDoc, makes the user guide's page (assets/help.html),
   and copies the manifest, assets and a local Office.js that the pane falls back to when Microsoft's
   CDN can't be reached. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { devServerHttps } = require("./scripts/dev-certs");
const { GuidePagePlugin } = require("./scripts/guide-page");
const { addinUrl, hostedManifest } = require("./scripts/hosted-manifest");
const { ChunkGroupsPlugin } = require("./scripts/chunk-groups-plugin");

/** Office.js files Excel needs, copied from @microsoft/office-js (already minified). */
const officeJsFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "en-us/office_strings.js",
  "vi-vn/office_strings.js",
];

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Where the add-in is hosted; the manifest's URLs and AppDomain are rewritten to it (README, "Hosting").
  let url;
  try {
    url = addinUrl(process.env.THIDUA_ADDIN_URL);
  } catch (error) {
    // A wrong address is the user's to fix: say so in one sentence, not with webpack's stack trace.
    console.error(error.message);
    process.exit(1);
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, transpileOnly: true } },
          // Our modules do nothing when loaded but define things (no module is imported for an effect):
          // so webpack may leave out a module none of whose exports is used, e.g. what a barrel
          // (`generated/documents/index.ts`) re-exports for the Word writer but the sheets never use.
          sideEffects: false,
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The modules the .xlsx adapter shares with other lazy chunks (the sheet names, the
          // Vietnamese sheet texts, the limits…) in one chunk: left to the default groups, they
          // were copied both into the adapters' shared chunk and into the use cases' one, and
          // opening a workbook in a browser loads both.
          xlsxShared: {
            name: "xlsx-shared",
            chunks: "async",
            test: (module, { chunkGraph }) => {
              if (!/[\\/]src[\\/]/.test(module.resource || "")) return false; // libraries: as before
              const names = [...chunkGraph.getModuleChunksIterable(module)].map((chunk) => chunk.name);
              return names.length > 1 && names.includes("xlsx");
            },
            priority: 5,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new ChunkGroupsPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
      }),
      new GuidePagePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", globOptions: { ignore: ["**/*.md"] } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => hostedManifest(content.toString(), url),
          },
          ...officeJsFiles.map((file) => ({
            from: file,
            context: "node_modules/@microsoft/office-js/dist",
            globOptions: { ignore: ["**/*.debug.js"] },
            to: "office-js/[path][name][ext]",
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devServerHttps() },
      static: { directory: path.resolve(__dirname, "dist") },
      client: { overlay: false },
    },
  };
};
