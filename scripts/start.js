/* `npm start`: builds and serves the pane over https on localhost:3000 (webpack dev server) and says
   how to open it — in Excel by sideloading the manifest, or in any browser without Excel. */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, "node_modules", ".cache", "thidua-dev-server.pid");
const url = "https://localhost:3000/taskpane.html";

fs.mkdirSync(path.dirname(pidFile), { recursive: true });
// webpack-cli itself, not through npx, so the pid written below is the server's own (npm stop kills it).
const server = spawn(
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
  {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  },
);
fs.writeFileSync(pidFile, String(server.pid));

let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled/i.test(chunk.toString())) {
    announced = true;
    console.log(`
Thi Đua đang chạy: ${url}
- Không có Excel: mở địa chỉ trên trong trình duyệt; ngăn làm việc trên tệp .xlsx (có nút «Mở tệp mẫu»).
- Excel trên web: Trang đầu › Bổ trợ › Thêm bổ trợ › Tải lên bổ trợ của tôi › chọn ${path.join(root, "manifest.xml")}.
- Excel trên Windows: chia sẻ thư mục chứa manifest.xml, thêm vào Trust Center › Trusted Add-in Catalogs, rồi Chèn › Bổ trợ của tôi › Thư mục dùng chung.
- Excel trên Mac: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/.
Dừng máy chủ: npm stop (hoặc Ctrl+C).`);
  }
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  fs.rmSync(pidFile, { force: true });
  process.exit(code ?? 0);
});
