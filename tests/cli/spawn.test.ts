/**
 * The real launcher, as a user runs it: `node bin/plankoll.js` on the compiled CLI (lib/, from
 * `npm run build:cli`; rebuilt here when older than the sources). Exit codes and stderr as SPEC §5.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BIN, ensureBuilt } from './bin';
import { CLEAN, ROOT, WITH_PROBLEMS } from './run';

beforeAll(ensureBuilt, 120_000);

function plankoll(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('node bin/plankoll.js', () => {
  it('exits 0 on the clean example', () => {
    const r = plankoll('validate', CLEAN);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/Inga fel eller varningar/);
  });

  it('exits 1 on the example with problems and prints the findings', () => {
    const r = plankoll('validate', WITH_PROBLEMS, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { counts: { error: number } };
    expect(doc.counts.error).toBe(11);
  });

  it.each([
    [['validate', join(ROOT, 'package.json')], /inte en Excel-arbetsbok \(\.xlsx\/\.xlsm\) eller ett \.ods-kalkylark/],
    [['validate', join(ROOT, 'package.json'), '--lang', 'en'], /not an Excel workbook/],
    [['validate', 'saknas.xlsx'], /kan inte läsa saknas\.xlsx: filen finns inte/],
    [['validate', CLEAN, '--lang', 'fi'], /--lang/],
    [['frobnicate'], /okänt kommando 'frobnicate'/],
    [['frobnicate', '--lang', 'en'], /unknown command 'frobnicate'/],
    [[], /kommando saknas: validate, summary/],
  ])('exits 2 with one stderr line and no stack trace: %j', (args, message) => {
    const r = plankoll(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
