/* A static server over dist/ for the end-to-end tests (http://localhost:3001). The pane must run at
   top level over http(s): Office.js never settles over file:// and blanks the page in a frame.
   The build comes first (`npm run build`); without it the server refuses to start and says why. */
const http = require("http");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "dist");
const port = Number(process.env.THIDUA_E2E_PORT || 3001);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

if (!fs.existsSync(path.join(root, "taskpane.html"))) {
  console.error("dist/taskpane.html không có: hãy chạy `npm run build` trước khi chạy kiểm thử đầu-cuối.");
  process.exit(1);
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url || "/", `http://localhost:${port}`);
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "taskpane.html";
  const file = path.resolve(root, relative);
  // Never serve outside dist/ (../ in the path).
  if (file !== root && !file.startsWith(root + path.sep)) {
    response.writeHead(403).end();
    return;
  }
  fs.stat(file, (error, stat) => {
    if (error || !stat.isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": stat.size,
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
});

server.listen(port, "localhost", () => {
  console.log(`dist/ on http://localhost:${port}/`);
});
