/* `npm run validate [dist]`: an offline check of the add-in manifest against every rule of Microsoft's
   manifest documentation that can be checked without the network. Microsoft's own validator
   (`office-addin-manifest validate`) posts the XML to an online service this network can't reach.

   Each problem names its rule; the sources are OfficeDev/office-js-docs-pr
   (docs/develop/manifest-element-ordering.md, docs/develop/configure-your-add-in-to-use-a-shared-runtime.md,
   docs/develop/specify-office-hosts-and-api-requirements.md) and OfficeDev/office-js-docs-reference
   (docs/manifest/*.md: id, version, defaultlocale, displayname, description, providername, iconurl,
   highresolutioniconurl, appdomain, sourcelocation, url, string, resources, icon, image, runtime,
   namespace, group, control-button, permissions). Exit 0 when sound; 1 with the problems otherwise. */
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

function* walk(node, parent = null) {
  yield { node, parent };
  for (const child of node.children) yield* walk(child, node);
}

const localName = (name) => name.split(":").pop();
const childrenNamed = (node, name) => node.children.filter((c) => localName(c.name) === name);
const child = (node, name) => childrenNamed(node, name)[0];

/**
 * The order children must come in (manifest-element-ordering.md, "Basic task pane add-in element
 * ordering" and "Task pane add-in element ordering within VersionOverrides"), keyed by the parent
 * (and, for ambiguous names, its parent): an unlisted child is not a valid child.
 */
const ORDER = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  Requirements: ["Sets", "Methods"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "Hosts/Host": ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  "AllFormFactors/ExtensionPoint": ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  "DesktopFormFactor/ExtensionPoint": ["OfficeTab", "CustomTab", "OfficeMenu"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Permissions a task pane add-in may ask (permissions.md). */
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
/** Host names of the base manifest (host.md; specify-office-hosts-and-api-requirements.md). */
const HOST_NAMES = ["Document", "Mailbox", "Notebook", "Presentation", "Project", "Workbook", "Database"];
/** Ribbon image sizes: three required, five more supported (icon.md, image.md). */
const REQUIRED_IMAGE_SIZES = ["16", "32", "80"];
const SUPPORTED_IMAGE_SIZES = ["16", "20", "24", "32", "40", "48", "64", "80"];
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** 1 to 4 parts, each at most 5 digits (version.md). */
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
/** A BCP 47 language tag such as en-US (defaultlocale.md). */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/;
const MIN_VERSION = /^\d+\.\d+$/;

/** The pixel size of a PNG (its IHDR), or null for another format. */
function pngSize(bytes) {
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * @param {string} xml the manifest
 * @param {{ exists?: (file: string) => boolean, read?: (file: string) => Buffer | null }} files
 *   what the host serves, by path relative to the add-in's root (e.g. "assets/icon-32.png")
 * @returns {{ rule: string, message: string }[]} problems, empty when the manifest is sound
 */
function manifestProblems(xml, files = {}) {
  const problems = [];
  const report = (rule, message) => problems.push({ rule, message });
  let tree;
  try {
    tree = parseXml(xml);
  } catch (error) {
    return [{ rule: "xml", message: `manifest.xml không đúng cú pháp XML: ${error.message}` }];
  }
  const app = tree.children.find((n) => localName(n.name) === "OfficeApp");
  if (app === undefined) return [{ rule: "officeapp", message: "thiếu phần tử gốc <OfficeApp>" }];
  if (app.attributes["xsi:type"] !== "TaskPaneApp")
    report("officeapp", `<OfficeApp xsi:type> phải là TaskPaneApp (đang là ${app.attributes["xsi:type"]})`);
  if (app.attributes.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1")
    report("officeapp", "<OfficeApp> phải có xmlns http://schemas.microsoft.com/office/appforoffice/1.1");

  const all = [...walk(app)];
  const nodes = all.map((e) => e.node);
  const named = (name) => nodes.filter((n) => localName(n.name) === name);
  const text = (node) => (node?.text ?? "").trim();

  // Element order and valid children.
  for (const { node, parent } of all) {
    const name = localName(node.name);
    const key =
      parent !== null && ORDER[`${localName(parent.name)}/${name}`]
        ? `${localName(parent.name)}/${name}`
        : name;
    const order = ORDER[key];
    if (order === undefined) continue;
    let last = -1;
    for (const c of node.children) {
      const index = order.indexOf(localName(c.name));
      if (index < 0)
        report("element-order", `<${localName(c.name)}> không phải phần tử con hợp lệ của <${name}>`);
      else if (index < last)
        report("element-order", `<${localName(c.name)}> phải đứng trước <${order[last]}> trong <${name}>`);
      else last = index;
    }
  }
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "DefaultSettings",
  ]) {
    if (child(app, required) === undefined) report("required", `thiếu <${required}> trong <OfficeApp>`);
  }

  // Formats and lengths of the base manifest.
  const id = text(child(app, "Id"));
  if (!GUID.test(id)) report("id", `<Id> phải là một GUID có gạch nối (đang là "${id}")`);
  const version = text(child(app, "Version"));
  if (!VERSION.test(version))
    report("version", `<Version> phải có 1–4 phần số, mỗi phần tối đa 5 chữ số (đang là "${version}")`);
  const locale = text(child(app, "DefaultLocale"));
  if (!LOCALE.test(locale))
    report("locale", `<DefaultLocale> phải là thẻ ngôn ngữ BCP 47 như vi-VN (đang là "${locale}")`);
  for (const o of named("Override")) {
    if (o.attributes.Locale !== undefined && !LOCALE.test(o.attributes.Locale))
      report("locale", `<Override Locale="${o.attributes.Locale}"> không phải thẻ ngôn ngữ BCP 47`);
  }
  const limit = (node, max, what) => {
    if (node === undefined) return;
    const values = [
      node.attributes.DefaultValue,
      ...childrenNamed(node, "Override").map((o) => o.attributes.Value),
    ];
    for (const value of values)
      if (value !== undefined && [...value].length > max)
        report("length", `${what} dài quá ${max} ký tự: "${value}"`);
  };
  limit(child(app, "DisplayName"), 125, "<DisplayName>");
  limit(child(app, "Description"), 250, "<Description>");
  const provider = text(child(app, "ProviderName"));
  if ([...provider].length > 125) report("length", "<ProviderName> dài quá 125 ký tự");
  const permissions = text(child(app, "Permissions"));
  if (!PERMISSIONS.includes(permissions))
    report(
      "permissions",
      `<Permissions> phải là một trong ${PERMISSIONS.join(", ")} (đang là "${permissions}")`,
    );
  for (const host of childrenNamed(child(app, "Hosts") ?? { children: [] }, "Host")) {
    if (!HOST_NAMES.includes(host.attributes.Name))
      report("host", `<Host Name="${host.attributes.Name}"> không hợp lệ`);
  }
  for (const set of named("Set")) {
    const v = set.attributes.MinVersion;
    if (!set.attributes.Name) report("requirement-sets", "<Set> thiếu Name");
    if (v !== undefined && !MIN_VERSION.test(v))
      report("requirement-sets", `<Set Name="${set.attributes.Name}" MinVersion="${v}"> phải có dạng n.n`);
  }

  // Resources: unique ids of at most 32 characters, every resid defined, strings within their limits.
  const ids = new Map();
  for (const node of nodes) {
    const nodeId = node.attributes.id;
    if (nodeId === undefined) continue;
    const key = `${localName(node.name)}:${nodeId}`;
    if (ids.has(key)) report("id-unique", `id trùng lặp: ${nodeId} (${localName(node.name)})`);
    ids.set(key, node);
  }
  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const node of named(kind)) {
      const resId = node.attributes.id;
      if (resId === undefined) continue;
      if (resId.length > 32) report("resid-length", `id tài nguyên dài quá 32 ký tự: ${resId}`);
      resources.set(resId, node);
    }
  }
  for (const node of nodes) {
    const resid = node.attributes.resid;
    if (resid === undefined) continue;
    if (resid.length > 32) report("resid-length", `resid dài quá 32 ký tự: ${resid}`);
    if (!resources.has(resid)) report("resid", `resid chưa khai báo: ${resid}`);
  }
  for (const [parent, max] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ]) {
    for (const holder of named(parent))
      for (const s of childrenNamed(holder, "String")) limit(s, max, `<${parent}> "${s.attributes.id}"`);
  }
  for (const group of named("Group")) {
    if ((group.attributes.id ?? "").length > 125) report("length", `id của <Group> dài quá 125 ký tự`);
  }

  // Ribbon icons: the three required sizes, only supported sizes.
  for (const icon of named("Icon")) {
    const sizes = childrenNamed(icon, "Image").map((image) => image.attributes.size);
    for (const size of REQUIRED_IMAGE_SIZES)
      if (!sizes.includes(size))
        report("icon-size", `<Icon> thiếu biểu tượng cỡ ${size}px (bắt buộc 16, 32, 80)`);
    for (const size of sizes)
      if (!SUPPORTED_IMAGE_SIZES.includes(size))
        report("icon-size", `<Icon> có cỡ ${size}px không được hỗ trợ`);
  }

  // The shared runtime: one long-lived runtime, the same page for it, the functions' page, the function
  // file and the task pane; SharedRuntime 1.1 required (configure-your-add-in-to-use-a-shared-runtime.md).
  const runtimes = named("Runtime");
  const runtime = runtimes[0];
  if (runtime === undefined) report("shared-runtime", "thiếu <Runtime> (shared runtime)");
  else {
    if (runtime.attributes.lifetime !== "long") report("shared-runtime", '<Runtime> phải có lifetime="long"');
    const shared = runtime.attributes.resid;
    const pageSource = child(named("Page")[0] ?? { children: [] }, "SourceLocation");
    if (pageSource?.attributes.resid !== shared)
      report("shared-runtime", "<Page> của hàm tùy chỉnh phải dùng cùng resid với <Runtime>");
    for (const functionFile of named("FunctionFile"))
      if (functionFile.attributes.resid !== shared)
        report("shared-runtime", "<FunctionFile> phải dùng cùng resid với <Runtime>");
    for (const action of named("Action").filter((a) => a.attributes["xsi:type"] === "ShowTaskpane")) {
      if (child(action, "SourceLocation")?.attributes.resid !== shared)
        report(
          "shared-runtime",
          'ngăn tác vụ (<Action xsi:type="ShowTaskpane">) phải dùng cùng resid với <Runtime>',
        );
    }
    const sharedSet = named("Set").find((s) => s.attributes.Name === "SharedRuntime");
    if (sharedSet === undefined) report("shared-runtime", "<Requirements> phải đòi SharedRuntime 1.1");
  }
  if (runtimes.length > 1) report("shared-runtime", "chỉ được có một <Runtime>");
  const namespace = named("Namespace")[0];
  const namespaceValue = resources.get(namespace?.attributes.resid)?.attributes.DefaultValue;
  if (namespaceValue !== "THIDUA")
    report("namespace", `không gian tên hàm phải là THIDUA (đang là ${namespaceValue})`);
  if (namespaceValue !== undefined && namespaceValue.length > 32)
    report("namespace", "không gian tên dài quá 32 ký tự");

  // URLs: https, at most 2048 characters, on the source location's domain or an <AppDomain>.
  const source = child(child(app, "DefaultSettings") ?? { children: [] }, "SourceLocation")?.attributes
    .DefaultValue;
  let sourceOrigin = null;
  try {
    sourceOrigin = new URL(source).origin;
  } catch {
    report("source-location", `<SourceLocation> không phải URL: ${source}`);
  }
  const domains = [];
  for (const domain of named("AppDomain")) {
    const value = text(domain);
    let parsed = null;
    try {
      parsed = new URL(value);
    } catch {
      report("app-domain", `<AppDomain> không phải URL: ${value}`);
      continue;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
      report("app-domain", `<AppDomain> phải có giao thức http hoặc https: ${value}`);
    if (value.endsWith("/")) report("app-domain", `<AppDomain> không được kết thúc bằng "/": ${value}`);
    else if (parsed.origin !== value)
      report("app-domain", `<AppDomain> chỉ ghi tên miền, không ghi đường dẫn: ${value}`);
    domains.push(parsed.origin);
  }
  const urls = nodes
    .flatMap((n) => [
      n.attributes.DefaultValue,
      localName(n.name) === "Override" ? n.attributes.Value : undefined,
    ])
    .filter((v) => typeof v === "string" && /^[a-z]+:\/\//i.test(v));
  for (const url of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      report("url", `URL không hợp lệ: ${url}`);
      continue;
    }
    if (parsed.protocol !== "https:") report("https", `URL phải là https: ${url}`);
    if (url.length > 2048) report("url", `URL dài quá 2048 ký tự: ${url}`);
    if (parsed.origin !== sourceOrigin && !domains.includes(parsed.origin))
      report("app-domain", `URL không thuộc tên miền của <SourceLocation> hay một <AppDomain>: ${url}`);
  }

  // Files the URLs name, where the caller knows what the host serves; icon pixel sizes.
  if (files.exists !== undefined && sourceOrigin !== null) {
    const base = new URL(".", source);
    const relative = (url) => {
      const parsed = new URL(url);
      if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) return null;
      return decodeURIComponent(parsed.pathname.slice(base.pathname.length));
    };
    for (const url of new Set(urls)) {
      const file = relative(url);
      if (file !== null && file !== "" && !files.exists(file))
        report("file", `URL trỏ tới tệp không có trong bản dựng: ${url}`);
    }
    const expectSize = (url, size, what) => {
      const file = url === undefined ? null : relative(url);
      const bytes = file === null || files.read === undefined ? null : files.read(file);
      const pixels = bytes === null ? null : pngSize(bytes);
      if (pixels !== null && (pixels.width !== size || pixels.height !== size))
        report(
          "icon-size",
          `${what} phải là ${size}×${size} điểm ảnh (tệp là ${pixels.width}×${pixels.height}): ${url}`,
        );
    };
    expectSize(child(app, "IconUrl")?.attributes.DefaultValue, 32, "<IconUrl>");
    expectSize(child(app, "HighResolutionIconUrl")?.attributes.DefaultValue, 64, "<HighResolutionIconUrl>");
    for (const icon of named("Icon")) {
      for (const image of childrenNamed(icon, "Image")) {
        const url = resources.get(image.attributes.resid)?.attributes.DefaultValue;
        expectSize(url, Number(image.attributes.size), `Biểu tượng cỡ ${image.attributes.size}`);
      }
    }
  }
  return problems;
}

/** The problems as lines: "[rule] message". */
function checkManifest(xml, exists) {
  return manifestProblems(xml, { exists }).map((p) => p.message);
}

/** Checks <dist>/manifest.xml against the files in <dist>, as `npm run validate` does. */
function checkBuiltManifest(distDir) {
  const manifest = path.join(distDir, "manifest.xml");
  if (!fs.existsSync(manifest))
    return [{ rule: "build", message: `chưa có ${manifest}: hãy chạy npm run build trước` }];
  const inDist = (file) => path.join(distDir, file);
  return manifestProblems(fs.readFileSync(manifest, "utf8"), {
    exists: (file) => fs.existsSync(inDist(file)),
    read: (file) => (fs.existsSync(inDist(file)) ? fs.readFileSync(inDist(file)) : null),
  });
}

module.exports = { manifestProblems, checkManifest, checkBuiltManifest, parseXml, pngSize };

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "dist"));
  const problems = checkBuiltManifest(dist);
  if (problems.length > 0) {
    console.error(
      `Manifest có ${problems.length} lỗi:\n${problems.map((p) => `- [${p.rule}] ${p.message}`).join("\n")}`,
    );
    process.exit(1);
  }
  console.log(
    `${path.join(dist, "manifest.xml")}: hợp lệ (kiểm tra ngoại tuyến: XML, thứ tự phần tử, Id, Version, ngôn ngữ, độ dài chuỗi, resid, biểu tượng, shared runtime, URL https trong AppDomain, tệp có trong bản dựng).`,
  );
  console.log(
    "Kiểm tra trực tuyến của Microsoft: npx office-addin-manifest validate dist/manifest.xml (cần Internet).",
  );
}
