/**
 * webpack.config.js: the three pages, and the manifest's dev URL rewritten to PLANKOLL_URL in production
 * mode only (the official add-in template's convention).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium';

type Transform = (content: Buffer) => Buffer | string;
interface Pattern {
  readonly from: string;
  readonly transform?: Transform;
}
interface Config {
  readonly entry: Record<string, string>;
  readonly plugins: readonly { readonly patterns?: readonly Pattern[]; readonly userOptions?: { filename?: string; chunks?: string[] } }[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, loaded as webpack loads it
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, options: { mode: string }) => Promise<Config>;

async function manifestTransform(mode: string, url: string | undefined): Promise<Transform> {
  const saved = process.env.PLANKOLL_URL;
  if (url === undefined) delete process.env.PLANKOLL_URL;
  else process.env.PLANKOLL_URL = url;
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const config = await makeConfig({}, { mode });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest*.xml');
    if (!pattern?.transform) throw new Error('no manifest copy pattern with a transform');
    return pattern.transform;
  } finally {
    warn.mockRestore();
    if (saved === undefined) delete process.env.PLANKOLL_URL;
    else process.env.PLANKOLL_URL = saved;
  }
}

const manifest = readFileSync(join(ROOT, 'manifest.xml'));

test('production mode rewrites every https://localhost:3000/ of the manifest to PLANKOLL_URL', async () => {
  const transform = await manifestTransform('production', 'https://plankoll.mora.se/addin');
  const out = String(transform(manifest));
  expect(manifest.toString()).toContain('https://localhost:3000/taskpane.html');
  expect(out).not.toContain('localhost:3000');
  expect(out).toContain('https://plankoll.mora.se/addin/taskpane.html');
  expect(out).toContain('https://plankoll.mora.se/addin/commands.html');
});

test('development mode, or no PLANKOLL_URL, keeps the manifest as it is', async () => {
  expect(String((await manifestTransform('development', 'https://plankoll.mora.se/'))(manifest))).toBe(manifest.toString());
  expect(String((await manifestTransform('production', undefined))(manifest))).toBe(manifest.toString());
});

test('a PLANKOLL_URL that is not https is refused', async () => {
  await expect(manifestTransform('production', 'http://plankoll.mora.se/')).rejects.toThrow('must be an https:// URL');
});

test('three pages, each with only its own entry', async () => {
  const config = await makeConfig({}, { mode: 'development' });
  expect(Object.keys(config.entry).sort()).toEqual(['commands', 'harness', 'taskpane']);
  const pages = config.plugins
    .map((p) => p.userOptions)
    .filter((o): o is { filename: string; chunks: string[] } => o?.filename !== undefined)
    .map((o) => [o.filename, o.chunks]);
  expect(pages).toEqual([
    ['taskpane.html', ['taskpane']],
    ['commands.html', ['commands']],
    ['harness.html', ['harness']],
  ]);
});
