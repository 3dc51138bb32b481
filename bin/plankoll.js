#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli to lib/cli by `npm run build:cli` (run by `npm ci` via "prepare").
const argv = process.argv.slice(2);
const english = argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en"));
let main;
try {
  main = require("../lib/cli/main.js").main;
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
