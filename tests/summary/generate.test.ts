import type { WorkbookGateway } from '../../src/domain/gateway';
import type { SheetLayout } from '../../src/domain/summary/layout';
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import { generateSummary, localIsoMinute } from '../../src/domain/summary/generate';
import { readSnapshotFromFile } from '../../src/xlsx/file';
import { NotAPlanError } from '../../src/domain/summary/notAPlan';
import { valueAt } from './layoutHelpers';

class RecordingGateway implements WorkbookGateway {
  written: SheetLayout[] = [];
  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly failWrite: Error | null = null,
  ) {}
  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }
  async writeSummary(layout: SheetLayout): Promise<{ sheetName: string }> {
    if (this.failWrite) throw this.failWrite;
    this.written.push(layout);
    return { sheetName: 'Sammanfattning (2)' };
  }
  async writeFindings(): Promise<{ sheetName: string }> {
    throw new Error('not used');
  }
  async highlight(): Promise<void> {}
  async clearHighlights(): Promise<void> {}
  async selectCell(): Promise<void> {}
  async writeSeal(): Promise<void> {}
  async writeFollowUp(): Promise<void> {}
  async createPlan(): Promise<{ created: string[] }> {
    return { created: [] };
  }
  async readSeal(): Promise<{ part: null; sheet: null }> {
    return { part: null, sheet: null };
  }
  async readAutoOpen(): Promise<boolean> {
    return false;
  }
  async setAutoOpen(): Promise<void> {}
}

describe('generateSummary', () => {
  let example: WorkbookSnapshot;
  let withProblems: WorkbookSnapshot;
  beforeAll(async () => {
    example = await readSnapshotFromFile('examples/handlingsplan-is-it-2011.xlsx');
    withProblems = await readSnapshotFromFile('examples/handlingsplan-is-it-2011-med-fel.xlsx');
  });
  const now = new Date(2026, 10, 27, 9, 7);

  it('reads, validates, lays out and writes the summary; returns the sheet written and the counts', async () => {
    const gateway = new RecordingGateway(example);
    const result = await generateSummary(gateway, { today: '2026-11-27', now, lang: 'sv' });
    expect(result).toEqual({ sheetName: 'Sammanfattning (2)', counts: { error: 0, warning: 0, info: 0 } });
    expect(gateway.written).toHaveLength(1);
    const layout = gateway.written[0];
    expect(valueAt(layout, 'A1')).toBe('Handlingsplan för styrning av IS/IT');
    expect(valueAt(layout, 'B5')).toBe('0 fel, 0 varningar');
    expect(valueAt(layout, 'B6')).toBe('Ej förseglad');
    expect(valueAt(layout, 'B9')).toBe(3_910_000);
  });

  it('states the counts of a workbook with problems on the sheet', async () => {
    const gateway = new RecordingGateway(withProblems);
    const result = await generateSummary(gateway, { today: '2026-11-27', now, lang: 'sv', sealText: 'Förseglad av Eva, oförändrad' });
    expect(result.counts.error).toBeGreaterThan(0);
    expect(valueAt(gateway.written[0], 'B5')).toBe(`${result.counts.error} fel, ${result.counts.warning} varningar`);
    expect(valueAt(gateway.written[0], 'B6')).toBe('Förseglad av Eva, oförändrad');
  });

  it('stamps the local time of generation', () => {
    expect(localIsoMinute(now)).toBe('2026-11-27T09:07');
  });

  it('propagates a failed write (never swallowed)', async () => {
    const gateway = new RecordingGateway(example, new Error('Excel: the workbook is protected'));
    await expect(generateSummary(gateway, { today: '2026-11-27', now, lang: 'sv' })).rejects.toThrow('the workbook is protected');
  });

  it('refuses a workbook without the plan’s required tables, naming them, and writes nothing', async () => {
    const gateway = new RecordingGateway({ sheets: [], tables: [], sheetNames: ['Blad1'] });
    const error = await generateSummary(gateway, { today: '2026-11-27', now, lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAPlanError);
    expect((error as NotAPlanError).missing).toEqual(expect.arrayContaining(['Åtgärder', 'Roller', 'Finansiering']));
    expect((error as Error).message).toMatch(/^The workbook lacks the action plan's sheets or tables: .*\. No summary was written\./);
    expect(gateway.written).toEqual([]);
  });
});
