#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli to lib/cli by `npm run build:cli` (run by `npm ci` via "prepare").
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch {
  process.stderr.write("plankoll: the CLI is not built; run `npm run build:cli` first\n");
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`plankoll: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(2);
  }
);
