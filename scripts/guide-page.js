/* The user guide (docs/huong-dan.md) as a page of the build: dist/assets/help.html, the address the
   manifest gives as SupportUrl and the pane links to, with the pictures it shows in dist/assets/img/.
   Links to other documents of the repository are not in the build: they become plain text. */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const GUIDE = path.join(ROOT, "docs", "huong-dan.md");
const PAGE = "assets/help.html";

const STYLE = `
  body { font-family: "Segoe UI", system-ui, Arial, sans-serif; max-width: 46rem; margin: 1.5rem auto;
         padding: 0 1rem; line-height: 1.55; color: #242424; }
  img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; }
  figure, p > img { margin: 0.5rem 0; }
  table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
  th, td { border: 1px solid #d1d1d1; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  code { background: #f5f5f5; padding: 0 0.2rem; overflow-wrap: anywhere; }
  pre code { display: block; padding: 0.5rem; overflow-x: auto; }
  .gallery { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-start; }
`;

/** The guide's Markdown as an HTML page; `images` collects the pictures it shows (paths under docs/). */
function guidePage(markdown, images = new Set()) {
  // Loaded here, not with the module: marked is ESM-only, which jest's require cannot load, and the
  // tests that only need GUIDE_PAGE must not pay for it (webpack's Node loads it with require(esm)).
  const { marked } = require("marked");
  const body = marked
    .parse(markdown, { async: false })
    .replace(/<img src="(img\/[^"]+)"/gu, (_, src) => {
      images.add(src);
      return `<img loading="lazy" src="${src}"`;
    })
    .replace(/<a href="(img\/[^"]+)"/gu, (link, href) => {
      images.add(href);
      return link;
    })
    .replace(/<a href="(?!https?:|#)[^"]*\.md(?:#[^"]*)?">(.*?)<\/a>/gu, "$1");
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Thi Đua – Hướng dẫn sử dụng</title>
    <style>${STYLE}</style>
  </head>
  <body>
${body}
    <p><a href="../taskpane.html">Mở ngăn Thi Đua trong trình duyệt</a></p>
  </body>
</html>
`;
}

/** Webpack: emits the page and the pictures it shows. */
class GuidePagePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("GuidePagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GuidePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(GUIDE);
          const images = new Set();
          compilation.emitAsset(
            PAGE,
            new sources.RawSource(guidePage(fs.readFileSync(GUIDE, "utf8"), images)),
          );
          for (const image of images) {
            const file = path.join(ROOT, "docs", image);
            if (!fs.existsSync(file)) {
              compilation.errors.push(new Error(`docs/huong-dan.md shows ${image}, which is not in docs/.`));
              continue;
            }
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`assets/${image}`, new sources.RawSource(fs.readFileSync(file)), {
              minimized: true,
            });
          }
        },
      );
    });
  }
}

module.exports = { guidePage, GuidePagePlugin, GUIDE_PAGE: PAGE };
