/**
 * The gateway contract (STYLE §12): one suite of behaviour tests run against both WorkbookGateways — the
 * Excel adapter over the typed fake host and the memory gateway of the browser page — so that what the
 * page shows is what Excel does. Each case sets up a workbook from a snapshot, calls the gateway, and
 * looks at the workbook through `GatewayWorld` (worlds.ts).
 *
 * Adding a case: one `it` below, written once for both hosts. Adding an operation to the gateway: its
 * cases here, then whatever the fake host or the memory workbook must model for them (docs/architecture.md).
 */
import { AUTO_OPEN_SETTING } from '../../src/domain/autoOpen';
import type { Finding } from '../../src/domain/finding';
import { HIGHLIGHT_COLOURS } from '../../src/domain/highlightPlan';
import type { FollowUpRecordRow } from '../../src/domain/followup/record';
import { planFollowUpWrite } from '../../src/domain/record/followUpWrite';
import type { FollowUpWrite } from '../../src/domain/record/types';
import { SEAL_SHEET_CHUNK, SEAL_SHEET_MARKER, SEAL_SHEET_NAME } from '../../src/domain/seal/sheetCopy';
import type { SealCopies } from '../../src/domain/seal/stored';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import type { SheetLayout } from '../../src/domain/summary/layout';
import { layoutSummary } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import { generateSummary } from '../../src/domain/summary/generate';
import { NotAPlanError } from '../../src/domain/summary/notAPlan';
import { TemplateConflictError } from '../../src/domain/template/placement';
import { findingsSheetLayout } from '../../src/domain/export/findings';
import { makeAction, makeInfo, makePlan } from '../builders/model';
import type { GatewayWorld, OpenWorld, WorldOptions } from './worlds';
import { excelWorld, memoryWorld } from './worlds';

const META = { generatedAt: '2011-06-30T14:05', counts: { error: 0, warning: 2, info: 0 }, seal: 'Ej förseglad' };
const TITLE = 'Handlingsplan för styrning av IS/IT';

function layoutOf(actions = makePlan().actions ?? [], name = TITLE): SheetLayout {
  return layoutSummary(summarize(makePlan({ info: makeInfo({ name }), actions }), '2011-06-30'), META);
}

/**
 * A small workbook: the Åtgärder table at B2 (with an error value and an empty cell), Roller as a plain
 * sheet at B3, a user's notes sheet and a user's table `PK_Status` on a sheet of their own.
 */
function workbook(seal: SealCopies | string | null = null): WorkbookSnapshot {
  const actions = {
    row: 1,
    col: 1,
    values: [
      ['ID', 'Åtgärd', 'Budget (kr)'],
      ['A01', 'Styrmodell', 100_000],
      ['A02', '=HYPERLINK("http://example.org")', { error: '#REF!' }],
      ['A03', null, 50_000],
    ],
  };
  const roles = { row: 2, col: 1, values: [['Roll', 'Namn'], ['Controller', 'Anna Berg']] };
  const status = { row: 0, col: 0, values: [['Status', 'Antal'], ['Klar', 3]] };
  return {
    sheetNames: ['Åtgärder', 'Anteckningar', 'Roller', 'Statistik'],
    sheets: [
      { name: 'Åtgärder', used: actions },
      { name: 'Anteckningar', used: { row: 0, col: 0, values: [['mina anteckningar', 42]] } },
      { name: 'Roller', used: roles },
      { name: 'Statistik', used: status },
    ],
    tables: [
      { name: 'Atgarder', sheet: 'Åtgärder', range: actions },
      { name: 'PK_Status', sheet: 'Statistik', range: status },
    ],
    seal,
  };
}

const FOLLOW_UP_HEADER = ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'];

/** The small workbook with an Uppföljning table at A1 holding `rows` (or a plain empty sheet Uppföljning for `'empty sheet'`). */
function withFollowUp(rows: CellValue[][] | 'empty sheet'): WorkbookSnapshot {
  const base = workbook();
  if (rows === 'empty sheet') {
    return { ...base, sheetNames: [...base.sheetNames, 'Uppföljning'], sheets: [...base.sheets, { name: 'Uppföljning', used: { row: 0, col: 0, values: [] } }] };
  }
  const range = { row: 0, col: 0, values: [FOLLOW_UP_HEADER, ...rows] };
  return {
    ...base,
    sheetNames: [...base.sheetNames, 'Uppföljning'],
    sheets: [...base.sheets, { name: 'Uppföljning', used: range }],
    tables: [...base.tables, { name: 'Uppfoljning', sheet: 'Uppföljning', range }],
  };
}

function recorded(period: string, date: string, ids: readonly string[], comment: string | null = null): FollowUpRecordRow[] {
  return ids.map((id, i) => ({ period, date, id, spent: 1000 * (i + 1), forecast: 5000, status: 'Pågår', comment }));
}

/** What the pane does: read the workbook, plan the write from that snapshot. */
async function planned(gateway: { readSnapshot(): Promise<WorkbookSnapshot> }, rows: readonly FollowUpRecordRow[]): Promise<FollowUpWrite> {
  const plan = planFollowUpWrite(await gateway.readSnapshot(), rows);
  if (plan.kind !== 'write') throw new Error(`no write: ${JSON.stringify(plan)}`);
  return plan.write;
}

function finding(severity: Finding['severity'], sheet: string, cell: string, code: Finding['code'] = 'B003'): Finding {
  return { code, severity, sheet, cell, message: 'm' };
}

describe.each<[string, OpenWorld]>([
  ['the Excel adapter over the fake host', excelWorld],
  ['the memory gateway', memoryWorld],
])('the gateway contract: %s', (_name, open) => {
  let world: GatewayWorld;
  const start = (snapshot: WorkbookSnapshot = workbook(), options?: WorldOptions): GatewayWorld => {
    world = open(snapshot, options);
    return world;
  };
  afterEach(() => world?.close());

  describe('reading', () => {
    it('reads every sheet name in tab order, the plan tables at their anchors, the plan sheets no table holds, and nothing else', async () => {
      const snapshot = await start().gateway.readSnapshot();
      expect(snapshot.sheetNames).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik']);
      expect(snapshot.tables).toEqual([
        {
          name: 'Atgarder',
          sheet: 'Åtgärder',
          range: {
            row: 1,
            col: 1,
            values: [
              ['ID', 'Åtgärd', 'Budget (kr)'],
              ['A01', 'Styrmodell', 100_000],
              ['A02', '=HYPERLINK("http://example.org")', { error: '#REF!' }],
              ['A03', null, 50_000],
            ],
          },
        },
      ]);
      expect(snapshot.sheets).toEqual([{ name: 'Roller', used: { row: 2, col: 1, values: [['Roll', 'Namn'], ['Controller', 'Anna Berg']] } }]);
      expect(snapshot.seal).toEqual({ part: null, sheet: null });
    });

    it('reads the stored seal with the snapshot', async () => {
      const snapshot = await start(workbook('{"v":1,"by":"Åsa <&> Öberg"}')).gateway.readSnapshot();
      expect(snapshot.seal).toEqual({ part: '{"v":1,"by":"Åsa <&> Öberg"}', sheet: null });
    });
  });

  describe('the summary sheet', () => {
    it('adds its own sheet last, activates it, and writes the layout', async () => {
      const w = start();
      expect(await w.gateway.writeSummary(layoutOf())).toEqual({ sheetName: 'Sammanfattning' });
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', 'Sammanfattning']);
      expect(w.activeSheet()).toBe('Sammanfattning');
      expect(w.value('Sammanfattning', 'A1')).toBe(TITLE);
      expect(w.value('Sammanfattning', 'B9')).toBe(3_910_000);
      expect(w.value('Anteckningar', 'A1')).toBe('mina anteckningar');
    });

    it('keeps workbook text that looks like a formula as text', async () => {
      const w = start();
      const evil = '=HYPERLINK("http://evil.example","Plan")';
      await w.gateway.writeSummary(layoutOf(undefined, evil));
      expect(w.value('Sammanfattning', 'A1')).toBe(evil);
      expect(w.isFormula('Sammanfattning', 'A1')).toBe(false);
    });

    it('never writes to a user’s sheet called Sammanfattning: it takes Sammanfattning (2)', async () => {
      const w = start();
      w.user.addSheet('sammanfattning', { A1: 'egen sammanfattning' });
      expect(await w.gateway.writeSummary(layoutOf())).toEqual({ sheetName: 'Sammanfattning (2)' });
      expect(w.value('sammanfattning', 'A1')).toBe('egen sammanfattning');
      expect(w.value('sammanfattning', 'B9')).toBeNull();
      expect(w.tables().filter((t) => t.sheet === 'sammanfattning')).toEqual([]);
    });

    it('replaces its own sheet in place when regenerated: same name and position, its tables not duplicated', async () => {
      const w = start();
      await w.gateway.writeSummary(layoutOf());
      w.user.moveSheet('Sammanfattning', 1);
      w.user.addSheet('Efter', { A1: 'egen text' });
      const fewer = layoutOf([makeAction({ id: 'X1', budget: 500_000, shares: { Mora: 500_000, Orsa: 0, Älvdalen: 0 } })]);
      expect(await w.gateway.writeSummary(fewer)).toEqual({ sheetName: 'Sammanfattning' });
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Sammanfattning', 'Anteckningar', 'Roller', 'Statistik', 'Efter']);
      expect(w.value('Sammanfattning', 'B9')).toBe(500_000);
      const own = w.tables().filter((t) => t.sheet === 'Sammanfattning').map((t) => t.name);
      expect(own).toEqual([...new Set(own)]);
      expect(own).toContain('PK_Kommuner');
      expect(w.value('Efter', 'A1')).toBe('egen text');
    });

    it('finds its own sheet after the user renamed it, and keeps that name', async () => {
      const w = start();
      await w.gateway.writeSummary(layoutOf());
      w.user.renameSheet('Sammanfattning', 'Status juni');
      expect(await w.gateway.writeSummary(layoutOf())).toEqual({ sheetName: 'Status juni' });
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', 'Status juni']);
    });

    it('Skapa sammanfattning on a workbook that is not a plan says so and writes nothing', async () => {
      const w = start();
      const names = w.sheetNames();
      const look = w.userLook();
      const tables = w.tables();
      const error = await generateSummary(w.gateway, { today: '2011-06-30', now: new Date(2011, 5, 30), lang: 'sv' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotAPlanError);
      expect((error as Error).message).toMatch(/^Arbetsboken saknar handlingsplanens blad eller tabeller: .*Finansiering.*\. Ingen sammanfattning har skrivits\./);
      expect(w.sheetNames()).toEqual(names);
      expect(w.userLook()).toBe(look);
      expect(w.tables()).toEqual(tables);
      expect(w.activeSheet()).not.toBe('Sammanfattning');
    });

    it('gives its table a free name when a user’s table has it (PK_Status2), leaving the user’s table alone', async () => {
      const w = start();
      await w.gateway.writeSummary(layoutOf());
      const own = w.tables().filter((t) => t.sheet === 'Sammanfattning').map((t) => t.name);
      expect(own).toContain('PK_Status2');
      expect(own).not.toContain('PK_Status');
      expect(w.tables()).toContainEqual({ name: 'PK_Status', sheet: 'Statistik' });
      expect(w.value('Statistik', 'B2')).toBe(3);
    });
  });

  describe('the findings sheet (Skriv till blad)', () => {
    const found: Finding[] = [
      { code: 'B003', severity: 'error', sheet: 'Åtgärder', cell: 'D3', actionId: 'A02', message: '=HYPERLINK("http://evil.example")', expected: 100_000, actual: '+46 70' },
      { code: 'R009', severity: 'warning', sheet: 'Roller', cell: 'B4', message: 'Rollen saknar namn' },
    ];

    it('adds its own Avvikelser sheet last, activates it, and writes the findings as a table of values, text as text', async () => {
      const w = start();
      expect(await w.gateway.writeFindings(findingsSheetLayout(found, 'sv'))).toEqual({ sheetName: 'Avvikelser' });
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', 'Avvikelser']);
      expect(w.activeSheet()).toBe('Avvikelser');
      expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1'].map((a) => w.value('Avvikelser', a))).toEqual([
        'Kod', 'Allvarlighetsgrad', 'Blad', 'Cell', 'ID', 'Meddelande', 'Förväntat', 'Faktiskt',
      ]);
      expect(['A2', 'B2', 'C2', 'D2', 'E2', 'G2', 'H2'].map((a) => w.value('Avvikelser', a))).toEqual(['B003', 'Fel', 'Åtgärder', 'D3', 'A02', 100_000, '+46 70']);
      expect(w.value('Avvikelser', 'F2')).toBe('=HYPERLINK("http://evil.example")');
      expect(w.isFormula('Avvikelser', 'F2')).toBe(false);
      expect(w.isFormula('Avvikelser', 'H2')).toBe(false);
      expect(w.value('Avvikelser', 'B3')).toBe('Varning');
      expect(w.tableRange('PK_Avvikelser')).toBe('A1:H3');
    });

    it('never writes to a user’s sheet called Avvikelser, and replaces its own in place when written again', async () => {
      const w = start();
      w.user.addSheet('Avvikelser', { A1: 'mina egna avvikelser' });
      expect(await w.gateway.writeFindings(findingsSheetLayout(found, 'sv'))).toEqual({ sheetName: 'Avvikelser (2)' });
      expect(w.value('Avvikelser', 'A1')).toBe('mina egna avvikelser');
      expect(w.value('Avvikelser', 'B2')).toBeNull();
      await w.gateway.writeSummary(layoutOf());
      expect(await w.gateway.writeFindings(findingsSheetLayout(found.slice(1), 'en'))).toEqual({ sheetName: 'Avvikelser (2)' });
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', 'Avvikelser', 'Avvikelser (2)', 'Sammanfattning']);
      expect(w.value('Avvikelser (2)', 'A1')).toBe('Code');
      expect(w.value('Avvikelser (2)', 'A3')).toBeNull();
      expect(w.tables().filter((t) => t.name === 'PK_Avvikelser')).toEqual([{ name: 'PK_Avvikelser', sheet: 'Avvikelser (2)' }]);
      expect(w.value('Sammanfattning', 'A1')).toBe(TITLE);
    });
  });

  describe('highlighting', () => {
    it('marks errors red and warnings amber, never info; an error wins on a cell; a missing sheet is skipped', async () => {
      const w = start();
      await w.gateway.readSnapshot();
      await w.gateway.highlight([
        finding('warning', 'Åtgärder', 'C3', 'B008'),
        finding('error', 'Åtgärder', 'C3:C4'),
        finding('warning', 'Åtgärder', '$D$3'),
        finding('info', 'Åtgärder', 'B4', 'P007'),
        finding('error', 'Finansiering', 'A1', 'S001'),
      ]);
      expect(w.fillShown('Åtgärder', 'C3')).toBe(HIGHLIGHT_COLOURS.error.fill);
      expect(w.fillShown('Åtgärder', 'C4')).toBe(HIGHLIGHT_COLOURS.error.fill);
      expect(w.fillShown('Åtgärder', 'D3')).toBe(HIGHLIGHT_COLOURS.warning.fill);
      expect(w.fillShown('Åtgärder', 'B4')).toBeNull();
      expect(w.fillShown('Åtgärder', 'C5')).toBeNull();
    });

    it('replaces the marks when highlighting again, and clearing restores the user’s own look exactly', async () => {
      const w = start();
      w.user.fill('Åtgärder', 'C3', '#00FF00');
      const before = w.userLook();
      await w.gateway.readSnapshot();
      await w.gateway.highlight([finding('error', 'Åtgärder', 'C3:C4')]);
      expect(w.fillShown('Åtgärder', 'C3')).toBe(HIGHLIGHT_COLOURS.error.fill);

      await w.gateway.highlight([finding('warning', 'Roller', 'C4')]);
      expect(w.fillShown('Åtgärder', 'C3')).toBe('#00FF00');
      expect(w.fillShown('Åtgärder', 'C4')).toBeNull();
      expect(w.fillShown('Roller', 'C4')).toBe(HIGHLIGHT_COLOURS.warning.fill);

      await w.gateway.clearHighlights();
      expect(w.fillShown('Roller', 'C4')).toBeNull();
      expect(w.userLook()).toBe(before);
    });

    it('highlights and clears without a snapshot read first', async () => {
      const w = start();
      await w.gateway.highlight([finding('error', 'Roller', 'B4')]);
      expect(w.fillShown('Roller', 'B4')).toBe(HIGHLIGHT_COLOURS.error.fill);
      await w.gateway.clearHighlights();
      expect(w.fillShown('Roller', 'B4')).toBeNull();
    });
  });

  describe('going to a cell', () => {
    it('activates the sheet (found whatever the case) and selects the normalized address', async () => {
      const w = start();
      await w.gateway.selectCell('åtgärder', '$c$4');
      expect(w.selection()).toEqual({ sheet: 'Åtgärder', cell: 'C4' });
      expect(w.activeSheet()).toBe('Åtgärder');
      await w.gateway.selectCell('Roller', 'C4:B3');
      expect(w.selection()).toEqual({ sheet: 'Roller', cell: 'B3:C4' });
    });

    it('rejects a sheet that does not exist and an address that is not one, selecting nothing', async () => {
      const w = start();
      await expect(w.gateway.selectCell('Finansiering', 'A1')).rejects.toThrow(/Finansiering/);
      await expect(w.gateway.selectCell('Roller', 'inte en cell')).rejects.toThrow(/inte en cell/);
      expect(w.selection()).toBeNull();
    });
  });

  describe('a new action plan (Ny handlingsplan)', () => {
    const empty = (): WorkbookSnapshot => ({ sheetNames: ['Blad1'], sheets: [{ name: 'Blad1', used: { row: 0, col: 0, values: [] } }], tables: [], seal: null });

    it('turns the empty Blad1 of a new workbook into Plan and adds the other sheets with their tables', async () => {
      const w = start(empty());
      const { created } = await w.gateway.createPlan();
      expect(w.sheetNames()).toEqual([...created]);
      expect(created.slice(0, 5)).toEqual(['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder']);
      expect(w.activeSheet()).toBe('Plan');
      expect(w.selection()).toEqual({ sheet: 'Plan', cell: 'B2' });
      expect(w.value('Åtgärder', 'A1')).toBe('ID');
      expect(w.tables().map((t) => t.name)).toEqual(expect.arrayContaining(['Plan', 'Finansiering', 'Mal', 'Roller', 'Atgarder']));
      // What it wrote reads back as a plan.
      const snapshot = await w.gateway.readSnapshot();
      expect(snapshot.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Atgarder', 'Roller']));
    });

    it('adds its sheets after a user’s sheet with content, leaving it alone', async () => {
      const w = start({ ...empty(), sheets: [{ name: 'Blad1', used: { row: 0, col: 0, values: [['mina siffror']] } }] });
      const { created } = await w.gateway.createPlan();
      expect(w.sheetNames()).toEqual(['Blad1', ...created]);
      expect(w.value('Blad1', 'A1')).toBe('mina siffror');
    });

    it('refuses, with the user’s message and nothing changed, when the workbook already has a plan', async () => {
      const w = start();
      const names = w.sheetNames();
      const look = w.userLook();
      const tables = w.tables();
      const error = await w.gateway.createPlan().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateConflictError);
      expect((error as TemplateConflictError).conflicts).toEqual(expect.arrayContaining(['Åtgärder', 'Roller', 'Atgarder']));
      expect((error as Error).message).toMatch(/^Arbetsboken har redan en handlingsplan \(.*\)\. Inget har ändrats\./);
      expect(w.sheetNames()).toEqual(names);
      expect(w.userLook()).toBe(look);
      expect(w.tables()).toEqual(tables);
    });
  });

  describe('auto-open (the document setting Office.AutoShowTaskpaneWithDocument)', () => {
    it('is off in a workbook without the setting, and off when the setting is anything but true', async () => {
      expect(await start().gateway.readAutoOpen()).toBe(false);
      world.close();
      expect(await start(workbook(), { settings: { [AUTO_OPEN_SETTING]: 'false' } }).gateway.readAutoOpen()).toBe(false);
    });

    it('reads it on when the workbook was saved with it, as plankoll seal writes it (JSON true)', async () => {
      const w = start(workbook(), { settings: { [AUTO_OPEN_SETTING]: 'true', Other: '"x"' } });
      expect(await w.gateway.readAutoOpen()).toBe(true);
    });

    it('turning it on saves true in the document; turning it off removes it, and leaves other settings alone', async () => {
      const w = start(workbook(), { settings: { Other: '{"a":1}' } });
      await w.gateway.setAutoOpen(true);
      expect(w.savedSetting(AUTO_OPEN_SETTING)).toBe('true');
      expect(await w.gateway.readAutoOpen()).toBe(true);
      await w.gateway.setAutoOpen(true);
      expect(w.savedSetting(AUTO_OPEN_SETTING)).toBe('true');
      await w.gateway.setAutoOpen(false);
      expect(w.savedSetting(AUTO_OPEN_SETTING)).toBeNull();
      expect(await w.gateway.readAutoOpen()).toBe(false);
      expect(w.savedSetting('Other')).toBe('{"a":1}');
    });

    it('touches no sheet, table or cell', async () => {
      const w = start();
      const names = w.sheetNames();
      const look = w.userLook();
      await w.gateway.setAutoOpen(true);
      expect(w.sheetNames()).toEqual(names);
      expect(w.userLook()).toBe(look);
      expect((await w.gateway.readSnapshot()).seal).toEqual({ part: null, sheet: null });
    });
  });

  describe('the seal', () => {
    it('stores the record so that the next snapshot carries it, the last one written replacing the one before', async () => {
      const w = start(workbook('{"v":0}'));
      await w.gateway.writeSeal('{"first":1}');
      await w.gateway.writeSeal('{"v":1,"by":"Åsa <&> Öberg"}');
      // Both copies: the custom XML part and the very hidden seal sheet.
      const record = '{"v":1,"by":"Åsa <&> Öberg"}';
      expect((await w.gateway.readSnapshot()).seal).toEqual({ part: record, sheet: record });
    });

    it('keeps the second copy on a very hidden sheet of its own, read back alone without the plan', async () => {
      const w = start();
      const record = '{"v":2,"by":"Anna Berg"}';
      await w.gateway.writeSeal(record);
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', SEAL_SHEET_NAME]);
      expect(w.visibility(SEAL_SHEET_NAME)).toBe('veryHidden');
      expect(w.value(SEAL_SHEET_NAME, 'A1')).toBe(SEAL_SHEET_MARKER);
      expect(await w.gateway.readSeal()).toEqual({ part: record, sheet: record });
    });

    it('reads the sheet copy when the part was lost, and sealing again restores both copies', async () => {
      const old = '{"v":2,"by":"Anna Berg"}';
      const w = start(workbook({ part: null, sheet: old }));
      expect((await w.gateway.readSnapshot()).seal).toEqual({ part: null, sheet: old });
      const record = '{"v":2,"by":"Bo Ek"}';
      await w.gateway.writeSeal(record);
      expect(await w.gateway.readSeal()).toEqual({ part: record, sheet: record });
      expect(w.sheetNames().filter((n) => n === SEAL_SHEET_NAME)).toHaveLength(1);
    });

    it('reads the part when the sheet copy is gone', async () => {
      const w = start(workbook({ part: '{"v":2}', sheet: null }));
      expect((await w.gateway.readSnapshot()).seal).toEqual({ part: '{"v":2}', sheet: null });
      expect(await w.gateway.readSeal()).toEqual({ part: '{"v":2}', sheet: null });
    });

    it('leaves nothing of a longer record on the sheet when a shorter one replaces it', async () => {
      const w = start();
      const long = JSON.stringify({ v: 2, pad: 'x'.repeat(SEAL_SHEET_CHUNK * 2 + 5) });
      await w.gateway.writeSeal(long);
      expect(await w.gateway.readSeal()).toEqual({ part: long, sheet: long });
      expect(w.value(SEAL_SHEET_NAME, 'A4')).not.toBeNull();
      await w.gateway.writeSeal('{"v":2}');
      expect(await w.gateway.readSeal()).toEqual({ part: '{"v":2}', sheet: '{"v":2}' });
      expect([3, 4, 5].map((row) => w.value(SEAL_SHEET_NAME, `A${row}`))).toEqual([null, null, null]);
    });

    it('never writes to a user’s own sheet named PlankollSeal: the part alone holds the seal', async () => {
      const w = start();
      w.user.addSheet(SEAL_SHEET_NAME, { A1: 'mina anteckningar', B2: 7 });
      const before = w.userLook();
      await w.gateway.writeSeal('{"v":2}');
      expect(w.value(SEAL_SHEET_NAME, 'A1')).toBe('mina anteckningar');
      expect(w.value(SEAL_SHEET_NAME, 'B2')).toBe(7);
      expect(w.visibility(SEAL_SHEET_NAME)).toBe('visible');
      expect(w.userLook()).toBe(before);
      expect(await w.gateway.readSeal()).toEqual({ part: '{"v":2}', sheet: null });
    });
  });

  describe('recording a follow-up', () => {
    const T1 = (id: string, spent: number): CellValue[] => ['Tertial 1', 40663, id, spent, 9000, 'Pågår', null];

    it('creates the Uppföljning sheet and table last, writing values, dates as serials and text as text', async () => {
      const w = start();
      const evil = '=HYPERLINK("http://evil.example","x")';
      await w.gateway.writeFollowUp(await planned(w.gateway, recorded('Helår 2011', '2011-12-31', ['A01', 'A02'], evil)));
      expect(w.sheetNames()).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'Statistik', 'Uppföljning']);
      expect(w.tables()).toContainEqual({ name: 'Uppfoljning', sheet: 'Uppföljning' });
      expect(w.tableRange('Uppfoljning')).toBe('A1:G3');
      expect(['A1', 'B1', 'G1'].map((a) => w.value('Uppföljning', a))).toEqual(['Period', 'Datum', 'Kommentar']);
      expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3'].map((a) => w.value('Uppföljning', a))).toEqual(['Helår 2011', 40908, 'A02', 2000, 5000, 'Pågår']);
      expect(w.value('Uppföljning', 'G2')).toBe(evil);
      expect(w.isFormula('Uppföljning', 'G2')).toBe(false);
      expect(w.value('Anteckningar', 'A1')).toBe('mina anteckningar');
    });

    it('appends below the history: the table grows, earlier rows stay as they were', async () => {
      const w = start(withFollowUp([T1('A01', 100), T1('A02', 200)]));
      await w.gateway.writeFollowUp(await planned(w.gateway, recorded('Tertial 2', '2011-08-31', ['A01', 'A02', 'A03'])));
      expect(w.tableRange('Uppfoljning')).toBe('A1:G6');
      expect([2, 3].map((r) => w.value('Uppföljning', `D${r}`))).toEqual([100, 200]);
      expect([4, 5, 6].map((r) => [w.value('Uppföljning', `A${r}`), w.value('Uppföljning', `B${r}`), w.value('Uppföljning', `C${r}`)])).toEqual([
        ['Tertial 2', 40786, 'A01'],
        ['Tertial 2', 40786, 'A02'],
        ['Tertial 2', 40786, 'A03'],
      ]);
    });

    it('fills the blank row of an empty table instead of writing below it', async () => {
      const w = start(withFollowUp([[null, null, null, null, null, null, null]]));
      await w.gateway.writeFollowUp(await planned(w.gateway, recorded('Tertial 1', '2011-04-30', ['A01'])));
      expect(w.tableRange('Uppfoljning')).toBe('A1:G2');
      expect(w.value('Uppföljning', 'C2')).toBe('A01');
    });

    it('replaces the rows of a period recorded again, and the table shrinks when fewer come back', async () => {
      const w = start(withFollowUp([T1('A01', 100), T1('A02', 200), T1('A03', 300)]));
      await w.gateway.writeFollowUp(await planned(w.gateway, recorded('tertial 1', '2011-04-30', ['A01'])));
      expect(w.tableRange('Uppfoljning')).toBe('A1:G2');
      expect([w.value('Uppföljning', 'A2'), w.value('Uppföljning', 'D2')]).toEqual(['tertial 1', 1000]);
      expect([w.value('Uppföljning', 'C3'), w.value('Uppföljning', 'C4')]).toEqual([null, null]);
    });

    it('fills an empty sheet named Uppföljning rather than adding another', async () => {
      const w = start(withFollowUp('empty sheet'));
      await w.gateway.writeFollowUp(await planned(w.gateway, recorded('Tertial 1', '2011-04-30', ['A01'])));
      expect(w.sheetNames().filter((n) => n.startsWith('Uppföljning'))).toEqual(['Uppföljning']);
      expect(w.tableRange('Uppfoljning')).toBe('A1:G2');
    });

    it('refuses, writing nothing, when the table changed after it was read', async () => {
      const w = start(withFollowUp([T1('A01', 100)]));
      const write = await planned(w.gateway, recorded('Tertial 2', '2011-08-31', ['A01']));
      if (write.kind !== 'rewrite') throw new Error('expected a rewrite');
      await expect(w.gateway.writeFollowUp({ ...write, oldLastRow: write.oldLastRow + 1 })).rejects.toThrow(/Uppfoljning har ändrats sedan den lästes/);
      expect(w.tableRange('Uppfoljning')).toBe('A1:G2');
      expect(w.value('Uppföljning', 'A3')).toBeNull();
    });
  });
});
