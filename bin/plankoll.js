#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli to lib/cli and bundled into lib/plankoll.js by
// `npm run build:cli` (run by `npm ci` via "prepare"; scripts/bundle-cli.cjs).
// One short run over one workbook, whose model lives to the end: a young generation left at V8's starting
// size (1 MB semi-spaces, not grown to 16 MB) promotes that model sooner and touches far less fresh memory.
// Measured on Node 20 with the 20 000-action bench (docs/spec-notes.md): about 45 MB less peak memory and less
// CPU time. A Node whose V8 clamps or lacks the flag runs as before (at worst one warning line).
require("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
const argv = process.argv.slice(2);
const english = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en"));
let main;
try {
  main = require("../lib/plankoll.js").main;
} catch {
  process.stderr.write(
    english
      ? "plankoll: the CLI is not built; run `npm run build:cli` first\n"
      : "plankoll: kommandoraden är inte byggd; kör `npm run build:cli` först\n",
  );
  process.exit(2);
}
// main() reports every failure itself and never rejects; this is the last guard against a bug.
main(argv).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`plankoll: ${e && e.message ? String(e.message).split("\n")[0] : String(e)}\n`);
    process.exit(2);
  },
);
