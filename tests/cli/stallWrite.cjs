// Preloaded (`node -r`) into the real CLI by tests/cli/write.test.ts: once plankoll has written a
// temporary file and asks to fsync it, say "STALLED" on stderr and wait forever, so the test can kill
// the process in the middle of a write.
"use strict";
const fsp = require("node:fs/promises");
const open = fsp.open;
fsp.open = async function (...args) {
  const handle = await open.apply(this, args);
  if (/\.plankoll-\d+-[0-9a-f]+\.tmp$/.test(String(args[0]))) {
    handle.sync = () => {
      process.stderr.write("STALLED\n");
      return new Promise(() => setInterval(() => undefined, 1000));
    };
  }
  return handle;
};
