/**
 * The production manifest: webpack.config.js rewrites https://localhost:3000/ to PLANKOLL_URL when it copies
 * manifest.xml into dist/. The rewritten manifest must still validate and point nowhere near localhost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, '..', 'shared', 'office-schemas', 'OfficeAppManifestV1_1.xsd');
const PROD = 'https://intra.kommun.se/plankoll/';

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => Buffer | string;
}

async function productionManifest(): Promise<string> {
  const saved = process.env.PLANKOLL_URL;
  process.env.PLANKOLL_URL = PROD;
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack does
    const config = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Promise<{ plugins: object[] }>;
    const built = await config({}, { mode: 'production' });
    const copy = built.plugins.find((p): p is { patterns: CopyPattern[] } => Array.isArray((p as { patterns?: unknown }).patterns));
    const pattern = copy?.patterns.find((p) => p.from === 'manifest*.xml');
    expect(pattern?.transform).toBeDefined();
    return String(pattern!.transform!(readFileSync(join(ROOT, 'manifest.xml'))));
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.PLANKOLL_URL;
    else process.env.PLANKOLL_URL = saved;
  }
}

describe('dist/manifest.xml with PLANKOLL_URL', () => {
  let xml: string;
  beforeAll(async () => {
    xml = await productionManifest();
  });

  it('points every URL and the app domain at the production host', () => {
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain(`<SourceLocation DefaultValue="${PROD}taskpane.html"/>`);
    expect(xml).toContain(`DefaultValue="${PROD}commands.html"`);
    expect(xml).toContain(`<IconUrl DefaultValue="${PROD}assets/icon-64.png"/>`);
    expect(xml).toContain('<AppDomain>https://intra.kommun.se</AppDomain>');
  });

  // xmllint is required (libxml2-utils, installed by .ci/run): without it this fails rather than skips.
  it('still validates against the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plankoll-manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      expect(execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
