/* Jest's global setup, run once before any test file:
 * - every temporary folder a test makes goes under one folder of this run (TMPDIR, which os.tmpdir() and the
 *   child processes read), removed by globalTeardown.js, so a run leaves nothing behind in /tmp;
 * - the built outputs the tests run are rebuilt when older than their sources: lib/ (the CLI, which the CLI
 *   tests spawn) always, dist/ (webpack, served to the browser tests) when this run includes a browser test.
 *   `npm test` builds both first, so there this finds them fresh; it matters when `npx jest …` runs alone. */
'use strict';
const { execFileSync } = require('node:child_process');
const { chmodSync, existsSync, mkdtempSync, readdirSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..', '..');
const isTest = (name) => /\.test\.tsx?$/.test(name);

/** The newest modification time of the files under `paths` (folders walked), test files left out. */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else if (!isTest(p)) max = Math.max(max, s.mtimeMs);
  };
  paths.forEach((p) => visit(join(ROOT, p)));
  return max;
}

const builtAt = (file) => (existsSync(join(ROOT, file)) ? statSync(join(ROOT, file)).mtimeMs : 0);

/** Whether the test files this run selects include a browser test (no pattern: all of them). */
function runsBrowserTests(globalConfig) {
  const browserDir = join(ROOT, 'tests', 'browser');
  const files = readdirSync(browserDir).filter(isTest).map((f) => join(browserDir, f));
  const patterns = [globalConfig.testPathPattern, ...(globalConfig.nonFlagArgs ?? [])].filter(Boolean);
  if (patterns.length === 0) return true;
  return patterns.some((p) => {
    let re;
    try {
      re = new RegExp(p, 'i');
    } catch {
      return true;
    }
    return files.some((f) => re.test(f) || re.test(relative(ROOT, f)));
  });
}

function build(what, script) {
  process.stderr.write(`\njest: ${what} is older than its sources; running npm run ${script}\n`);
  execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

module.exports = async function globalSetup(globalConfig) {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-jest-'));
  // Other users must pass through it: the CLI write tests run plankoll as nobody in a folder below.
  chmodSync(dir, 0o755);
  process.env.PLANKOLL_JEST_TMP = dir;
  process.env.TMPDIR = dir;

  const cliSources = ['src/domain', 'src/render', 'src/xlsx', 'src/cli', 'src/i18n', 'tsconfig.json', 'tsconfig.cli.json', 'scripts/bundle-cli.cjs'];
  if (builtAt('lib/plankoll.js') < newest(cliSources)) build('lib/ (the CLI)', 'build:cli');

  // dist/.built is written by webpack.config.js after every emit, also when webpack left unchanged files alone.
  const pageSources = ['src', 'assets', 'examples', 'manifest.xml', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
  if (runsBrowserTests(globalConfig) && builtAt('dist/.built') < newest(pageSources)) build('dist/ (the page)', 'build');
};
