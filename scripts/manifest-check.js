/* Offline check of the add-in manifest: `office-addin-manifest validate` posts the XML to an online
   service, which this network can't reach. Checks what breaks sideloading most often:
   well-formed XML, unique ids, every resid defined, the shared runtime wired to one URL,
   and every URL pointing at a file that exists in the build (or in assets/ and the build's outputs). */
const fs = require("fs");
const path = require("path");
const { SaxesParser } = require("saxes");

/** Parses XML into a small tree: { name, attributes, children, text }. Throws on malformed XML. */
function parseXml(xml) {
  const parser = new SaxesParser({ xmlns: false });
  const root = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return root;
}

function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

const localName = (name) => name.split(":").pop();

/**
 * @param {string} xml the manifest
 * @param {(urlPath: string) => boolean} exists whether a hosted path (e.g. "assets/icon-32.png") exists
 * @returns {string[]} problems, empty when the manifest is sound
 */
function checkManifest(xml, exists) {
  let tree;
  try {
    tree = parseXml(xml);
  } catch (error) {
    return [`manifest.xml không đúng cú pháp XML: ${error.message}`];
  }
  const problems = [];
  const nodes = [...walk(tree)];
  const ids = new Map();
  for (const node of nodes) {
    const id = node.attributes.id;
    if (id === undefined) continue;
    const key = `${localName(node.name)}:${id}`;
    if (ids.has(key)) problems.push(`id trùng lặp: ${id} (${localName(node.name)})`);
    ids.set(key, node);
  }
  const resources = new Set(
    nodes
      .filter((n) => ["Image", "Url", "String"].includes(localName(n.name)) && n.attributes.id)
      .map((n) => n.attributes.id),
  );
  for (const node of nodes) {
    const resid = node.attributes.resid;
    if (resid !== undefined && !resources.has(resid)) problems.push(`resid chưa khai báo: ${resid}`);
  }
  const runtime = nodes.find((n) => localName(n.name) === "Runtime");
  if (!runtime) problems.push("thiếu <Runtime> (shared runtime)");
  else {
    if (runtime.attributes.lifetime !== "long") problems.push('<Runtime> phải có lifetime="long"');
    const shared = runtime.attributes.resid;
    const page = nodes.find((n) => localName(n.name) === "Page");
    const pageSource = page?.children.find((c) => localName(c.name) === "SourceLocation");
    const functionFile = nodes.find((n) => localName(n.name) === "FunctionFile");
    if (pageSource?.attributes.resid !== shared)
      problems.push("<Page> của hàm tùy chỉnh phải dùng cùng resid với <Runtime>");
    if (functionFile?.attributes.resid !== shared)
      problems.push("<FunctionFile> phải dùng cùng resid với <Runtime>");
  }
  const namespace = nodes.find((n) => localName(n.name) === "Namespace");
  const namespaceValue = nodes.find((n) => n.attributes.id === namespace?.attributes.resid)?.attributes
    .DefaultValue;
  if (namespaceValue !== "THIDUA")
    problems.push(`không gian tên hàm phải là THIDUA (đang là ${namespaceValue})`);
  const urls = nodes
    .map((n) => n.attributes.DefaultValue ?? (localName(n.name) === "AppDomain" ? n.text.trim() : undefined))
    .filter((v) => typeof v === "string" && /^https?:\/\//.test(v));
  let base;
  for (const url of urls) {
    const parsed = new URL(url);
    base ??= parsed.origin;
    if (parsed.protocol !== "https:") problems.push(`URL phải là https: ${url}`);
    if (parsed.origin !== base) problems.push(`mọi URL phải cùng một máy chủ: ${url}`);
    const file = decodeURIComponent(parsed.pathname.replace(/^\/+/, ""));
    if (file && !exists(file)) problems.push(`URL trỏ tới tệp không có trong bản dựng: ${url}`);
  }
  for (const size of ["16", "32", "80"]) {
    if (!nodes.some((n) => localName(n.name) === "Image" && n.attributes.size === size)) {
      problems.push(`thiếu biểu tượng cỡ ${size}px trên ruy-băng`);
    }
  }
  return problems;
}

/** Checks dist/manifest.xml against the files in dist/, as `npm run validate` does. */
function checkBuiltManifest(distDir) {
  const manifest = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(manifest)) return [`chưa có ${manifest}: hãy chạy npm run build trước`];
  const base = new URL(
    /<bt:Url id="Taskpane.Url" DefaultValue="([^"]+)"/.exec(fs.readFileSync(manifest, "utf8"))?.[1] ??
      "https://x/",
  );
  const prefix = base.pathname.replace(/[^/]*$/, "").replace(/^\/+/, "");
  return checkManifest(fs.readFileSync(manifest, "utf8"), (file) =>
    fs.existsSync(path.join(distDir, file.startsWith(prefix) ? file.slice(prefix.length) : file)),
  );
}

module.exports = { checkManifest, checkBuiltManifest, parseXml };

if (require.main === module) {
  const dist = path.resolve(__dirname, "..", "dist");
  const problems = checkBuiltManifest(dist);
  if (problems.length > 0) {
    console.error(`Manifest có ${problems.length} lỗi:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(
    `${path.join(dist, "manifest.xml")}: hợp lệ (kiểm tra ngoại tuyến: XML, id, resid, shared runtime, URL, biểu tượng).`,
  );
  console.log(
    "Kiểm tra trực tuyến của Microsoft: npx office-addin-manifest validate dist/manifest.xml (cần Internet).",
  );
}
