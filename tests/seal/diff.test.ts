import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN, runCli } from '../cli/run';
import { editEntry } from './xlsxFixture';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyOf(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(CLEAN));
  return path;
}

describe('plankoll diff OLD NEW', () => {
  it('two copies of a plan: no changes, exit 0', async () => {
    const r = await runCli(['diff', CLEAN, copyOf('kopia.xlsx')]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/: inga ändringar i planen\n$/);
  });

  it('a seal is not a change to the plan (its very hidden sheet is no part of it)', async () => {
    const sealed = copyOf('forseglad.xlsx');
    expect((await runCli(['seal', sealed, '--by', 'Anna Berg'])).code).toBe(0);
    expect((await runCli(['diff', CLEAN, sealed])).code).toBe(0);
  });

  it('one amount edited: named by key and field, before and after, at its cell; exit 1', async () => {
    const edited = copyOf('andrad.xlsx');
    let was = 0;
    writeFileSync(
      edited,
      await editEntry(readFileSync(edited), 'xl/worksheets/sheet5.xml', (xml) =>
        xml.replace(/(<c r="M2"[^>]*><v>)(\d+)(<\/v>)/, (_m, a: string, v: string, b: string) => {
          was = Number(v);
          return `${a}${was + 1000}${b}`;
        }),
      ),
    );
    expect(was).toBeGreaterThan(0);
    const json = await runCli(['diff', CLEAN, edited, '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out) as { changes: { table: string; key: string; field: string; sheet: string; cell: string; governing: boolean; before: string; after: string }[]; added: unknown[]; removed: unknown[] };
    expect(doc.changes).toHaveLength(1);
    expect(doc.changes[0]).toMatchObject({ key: 'A01', field: 'Utfall (kr)', sheet: 'Åtgärder', cell: 'M2', governing: false });
    expect(doc.added).toEqual([]);
    expect(doc.removed).toEqual([]);
    const text = await runCli(['diff', CLEAN, edited, '--lang', 'en']);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/the plan has changed/);
    expect(text.out).toMatch(/A01/);
  });

  it('an unreadable file is one line and exit 2', async () => {
    const bad = join(dir, 'inte.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = await runCli(['diff', CLEAN, bad]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
