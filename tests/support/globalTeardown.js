/* Removes the run's temporary folder that globalSetup.js made (every test's temporary files are below it). */
'use strict';
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const dir = process.env.PLANKOLL_JEST_TMP;
  if (dir) rmSync(dir, { recursive: true, force: true });
};
