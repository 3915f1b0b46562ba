/* Writes dist/chunk-groups.json: for each named chunk group of the build (each `import()` with a
   webpackChunkName), the script files the browser fetches to load it, and the libraries (packages
   under node_modules) each lazy file carries. `bench/office.bench.ts` sums what one action loads
   from it rather than every lazy file there is. */
const { Compilation, sources } = require("webpack");

/** The package a module comes from ("fflate", "@fluentui/react"), or null for our own code. */
function packageOf(resource) {
  const at = resource.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const rest = resource.slice(at + "node_modules/".length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

function resourcesOf(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(resourcesOf); // concatenated
  return typeof module.resource === "string" ? [module.resource.replace(/\\/g, "/")] : [];
}

class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkGroupsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkGroupsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            groups[name] = group.chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith(".js")));
          }
          const packages = {};
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue;
            const found = new Set();
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk))
              for (const resource of resourcesOf(module)) {
                const name = packageOf(resource);
                if (name) found.add(name);
              }
            for (const file of chunk.files) if (file.endsWith(".js")) packages[file] = [...found].sort();
          }
          const json = JSON.stringify({ groups, packages }, null, 2);
          compilation.emitAsset("chunk-groups.json", new sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = { ChunkGroupsPlugin };
