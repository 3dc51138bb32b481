/** `plankoll template -o FILE`: writes a readable empty plan, never over an existing file without --force. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readXlsx } from '../../src/xlsx/readSnapshot';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: '2012-01-15' };
}

describe('plankoll template', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plankoll-template-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the empty action plan workbook', async () => {
    const file = join(dir, 'ny-plan.xlsx');
    const io = captureIo();
    expect(await main(['template', '-o', file], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/Skrev en tom handlingsplan till .*ny-plan\.xlsx: Plan, Finansiering, Mål, Roller, Åtgärder, Uppföljning \(kommuner: Mora, Orsa, Älvdalen\)/);
    const snapshot = await readXlsx(readFileSync(file));
    expect(snapshot.tables.map((t) => t.name)).toEqual(['Plan', 'Finansiering', 'Mal', 'Roller', 'Atgarder', 'Uppfoljning']);
  });

  it('takes the municipalities with --kommuner', async () => {
    const file = join(dir, 'plan.xlsx');
    expect(await main(['template', '-o', file, '--kommuner', 'Rättvik; Leksand'], captureIo())).toBe(0);
    const snapshot = await readXlsx(readFileSync(file));
    const financing = snapshot.tables.find((t) => t.name === 'Finansiering')!;
    expect(financing.range.values.slice(1).map((r) => r[0])).toEqual(['Rättvik', 'Leksand']);
    expect(snapshot.tables.find((t) => t.name === 'Atgarder')!.range.values[0]).toEqual(expect.arrayContaining(['Rättvik', 'Leksand']));
  });

  it('refuses to replace an existing file unless --force, with one line and exit 2', async () => {
    const file = join(dir, 'befintlig.xlsx');
    writeFileSync(file, 'someone’s plan');
    const io = captureIo();
    expect(await main(['template', '-o', file], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/^plankoll template: kan inte skriva .*befintlig\.xlsx: filen finns redan \(ersätt den med --force\)\n$/);
    expect(readFileSync(file, 'utf8')).toBe('someone’s plan');
    expect(await main(['template', '-o', file, '--force'], captureIo())).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('reports usage errors as one line with exit 2', async () => {
    for (const argv of [['template'], ['template', 'extra.xlsx'], ['template', '-o', join(dir, 'x.xlsx'), '--kommuner', 'Mora,Mora'], ['template', '-o', join(dir, 'nope', 'x.xlsx')]]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0].trim().split('\n')).toHaveLength(1);
    }
  });
});
