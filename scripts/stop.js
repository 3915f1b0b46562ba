/* `npm stop`: stops the dev server that `npm start` left running. */
const fs = require("fs");
const path = require("path");

const pidFile = path.resolve(__dirname, "..", "node_modules", ".cache", "thidua-dev-server.pid");
if (!fs.existsSync(pidFile)) {
  console.log("Không có máy chủ phát triển nào đang chạy.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(pidFile, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Đã dừng máy chủ phát triển (pid ${pid}).`);
} catch {
  console.log("Máy chủ phát triển đã dừng từ trước.");
}
fs.rmSync(pidFile, { force: true });
