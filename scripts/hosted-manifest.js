/* The manifest for where the add-in is hosted (README, "Hosting for an organisation"): every URL of
   manifest.xml points at https://localhost:3000/ in the source; a build for THIDUA_ADDIN_URL rewrites
   them to it, and <AppDomain> — a domain, with no path and no closing slash
   (office-js-docs-reference, docs/manifest/appdomain.md) — to its origin. */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** THIDUA_ADDIN_URL as the build uses it: an https URL ending with "/"; throws, in Vietnamese, otherwise. */
function addinUrl(value) {
  if (value === undefined || value === "") return DEV_URL;
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(
      `THIDUA_ADDIN_URL không phải một địa chỉ: "${value}" (ví dụ https://thidua.ldld.example.vn/addin/).`,
    );
  }
  if (parsed.protocol !== "https:")
    throw new Error(`THIDUA_ADDIN_URL phải là https (Office chỉ nạp phần bổ trợ qua https): "${value}".`);
  if (parsed.search !== "" || parsed.hash !== "")
    throw new Error(`THIDUA_ADDIN_URL không được có "?" hay "#": "${value}".`);
  const url = parsed.toString();
  return url.endsWith("/") ? url : `${url}/`;
}

/** manifest.xml with every address moved from the development server to `url`. */
function hostedManifest(xml, url) {
  return xml.split(DEV_URL).join(url).split(DEV_ORIGIN).join(new URL(url).origin);
}

module.exports = { DEV_URL, addinUrl, hostedManifest };
