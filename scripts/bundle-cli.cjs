/* The CLI as one file: lib/plankoll.js, bundled by esbuild from what tsc compiled to lib/ (lib/cli/main.js and
 * the modules it reaches; packages from node_modules stay outside, required as before). bin/plankoll.js
 * runs it. One file is loaded at start instead of a hundred and more, each found, read and wrapped: that
 * was about 0.1 s of every run's CPU time. The verbs' modules are still run only when the verb is (esbuild
 * keeps a lazy require lazy). lib/ itself stays as tsc wrote it, for the tests and the benches.
 * Run by `npm run build:cli` after tsc; tests/cli/bin.ts runs it too. */
'use strict';
const { buildSync } = require('esbuild');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

buildSync({
  entryPoints: [join(ROOT, 'lib', 'cli', 'main.js')],
  outfile: join(ROOT, 'lib', 'plankoll.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
