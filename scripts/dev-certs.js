/* HTTPS options for the dev server on localhost:3000.
   office-addin-dev-certs makes a local CA and a localhost certificate; installing the CA into the
   system store needs sudo or a desktop prompt, which a root shell or CI lacks. The certificate
   files are still good for serving, so fall back to them and say how to trust the CA by hand. */
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

async function devServerHttps() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch {
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      await devCerts.generateCertificates();
    }
    console.warn(
      `Chứng chỉ phát triển chưa được cài vào hệ thống; dùng tệp trong ${defaults.certificateDirectory}.\n` +
        `Để trình duyệt/Excel tin cậy https://localhost:3000, hãy cài ${defaults.caCertificatePath} làm CA tin cậy.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { devServerHttps };
