/**
 * Hostile and awkward workbooks (scripts/make-hostile.ts) through the real launcher, `node bin/plankoll.js`,
 * with the heap capped at 512 MB: each ends with exit 0, 1 or 2 and at most one clear line on stderr, never
 * a hang, a crash or a stack trace. The jest timeout is the hang guard; the heap cap is the memory bound.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE, HOSTILE_DIR } from '../../scripts/make-hostile';
import { BIN, ensureBuilt } from '../cli/bin';
import { ROOT } from '../cli/run';

beforeAll(ensureBuilt, 120_000);

async function hostile(name: string): Promise<string> {
  mkdirSync(HOSTILE_DIR, { recursive: true });
  const path = join(HOSTILE_DIR, name);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, await HOSTILE[name]());
  renameSync(tmp, path);
  return path;
}

function plankoll(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, ...args, '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('hostile workbooks', () => {
  it.each([
    ['stray-row.xlsx', /row 1000000000 \(sheet 'Åtgärder', part xl\/worksheets\/sheet\d+\.xml\) lies beyond Excel's grid/],
    ['id-column-filled.xlsx', /the plan is too large to read \(sheet 'Åtgärder', .*\): there are values below row 200,000 \(A200001\)/],
    ['missing-table-part.xlsx', /the workbook is damaged \(sheet 'Åtgärder', part xl\/tables\/table\d+\.xml\): the sheet refers to a table whose part is missing/],
    ['zip-bomb.xlsx', /the workbook is too large to read \(sheet 'Åtgärder', .*\): more than 16 MB of text without a single tag/],
  ])('%s: exit 2 and one line saying what and where', async (name, message) => {
    const r = plankoll('validate', await hostile(name));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, message);
  });

  it.each(['dropdown-everywhere.xlsx', 'renamed-part.xlsx'])('%s: read like the example (clean, exit 0)', async (name) => {
    const r = plankoll('validate', await hostile(name), '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { counts: { error: number } }).counts.error).toBe(0);
  });

  it.each([
    ['formula-without-result.xlsx', 'S006', /holds a formula \(=SUM\(J2:L2\)\) without a stored result/],
    ['two-atgarder-tables.xlsx', 'S008', /^Both the table Atgarder \(Åtgärder!A1\) and the table Atgarder \(Kopia!A1\) match/],
  ])('%s: exit 1 with %s, not a guess or "missing"', async (name, code, message) => {
    const r = plankoll('validate', await hostile(name), '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { code: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.code === code).map((f) => f.message)).toEqual([expect.stringMatching(message)]);
    expect(findings.map((f) => f.code)).not.toContain('B001');
    expect(findings.map((f) => f.code)).not.toContain('S001');
  });
});
