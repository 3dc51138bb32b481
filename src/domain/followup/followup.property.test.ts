/**
 * Property: random follow-up tables (and random Prognos columns and Uppföljningsperiod) never make
 * validate or the summary throw, and what they give holds together: the history is dated oldest first
 * and ends with the current follow-up, whose figures are the totals; each municipality's change is
 * spent now − spent then; every finding points at a cell; the summary's plan then, summed in one pass,
 * is the plan then (planAt) summarised as now.
 */
import fc from 'fast-check';
import { exampleRows, exampleSnapshot, makeSnapshot } from '../../../tests/builders/snapshot';
import { isoToSerial } from '../dates';
import { RULE_CODES } from '../rules';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { EXCEL_ERROR_LITERALS } from '../snapshot';
import { toSummaryJson } from '../summary/json';
import { layoutSummary } from '../summary/layoutSummary';
import { summarize } from '../summary/summarize';
import { formatSummaryText } from '../summary/textReport';
import { validate } from '../validate';
import { summarizeGoals, summarizeMunicipalities } from '../summary/planSums';
import { summaryThen } from '../summary/then';
import { parseIsoDate } from '../dates';
import type { FollowUpRow, PlanModel } from '../model';
import { followUpSums } from './history';
import { matchFollowUp } from './matching';
import type { FollowUp } from './periods';
import { followUpsOf, periodKey, previousFollowUp } from './periods';
import { planAt } from './planThen';
import { readPlan } from '../readPlan';
import { walkedSums } from './walk';

const serial = (iso: string): number => isoToSerial(iso) ?? 0;

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom('Tertial 1', 'tertial 1', 'Tertial 2', 'Helår', 'A1', 'a2', 'A3', 'A4', 'A5', 'A99', 'Klar', 'Pågår', 'Försenad', 'Avbruten', 'Nästan klar'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -100_000, max: 2_000_000 }),
  // A cell holds a finite number: a workbook cannot store NaN or ±Infinity (the reader never makes them).
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constantFrom(...EXCEL_ERROR_LITERALS).map((error) => ({ error })),
  fc.constantFrom('2011-04-30', '2011-08-31', '2011-13-01', '100 000 kr', 'snart'),
  fc.constantFrom(serial('2011-04-30'), serial('2011-08-31'), serial('2011-12-31'), serial('2012-06-30')),
);

/** A mostly well-formed follow-up row, so that the rules and the since-last part are reached, with noise. */
const row: fc.Arbitrary<CellValue[]> = fc.oneof(
  fc.record({
    period: fc.constantFrom('Tertial 1', 'Tertial 2', 'TERTIAL 2', 'Helår', null),
    date: fc.constantFrom<CellValue>(serial('2011-04-30'), serial('2011-08-31'), '2011-08-31', serial('2011-12-31'), null, 'x'),
    id: fc.constantFrom('A1', 'A2', 'a3', 'A4', 'A5', 'A9', null),
    spent: fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), cell),
    forecast: fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), fc.constant(null), cell),
    status: fc.constantFrom('Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten', null, 'Nästan klar'),
    comment: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  }).map((r) => [r.period, r.date, r.id, r.spent, r.forecast, r.status, r.comment]),
  fc.array(cell, { maxLength: 9 }),
);

const HEADERS: CellValue[][] = [
  ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'],
  ['Period', 'Date', 'ID', 'Spent', 'Status'],
  ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Status', 'Kommentar', 'Prognos (kr)'],
  ['Period', 'ID', 'Utfall (kr)'],
];

const withFollowUp: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(row, { maxLength: 25 }),
    asTable: fc.boolean(),
    prognos: fc.option(fc.array(fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), cell), { minLength: 5, maxLength: 5 }), { nil: null }),
    period: fc.option(fc.oneof(fc.constantFrom('Helår 2011', 'Tertial 2'), cell), { nil: null }),
    reportDate: fc.constantFrom('2011-04-30', '2011-09-30', '2011-12-31', '2010-01-01'),
  })
  .map(({ header, rows, asTable, prognos, period, reportDate }) => {
    const base = exampleRows();
    base.Plan = base.Plan.map((r) => (r[0] === 'Rapportdatum' ? ['Rapportdatum', reportDate] : r));
    if (period !== null) base.Plan.push(['Uppföljningsperiod', period]);
    if (prognos !== null) base.Åtgärder = base.Åtgärder.map((r, i) => [...r, i === 0 ? 'Prognos (kr)' : prognos[i - 1]]);
    const plan = exampleSnapshot({ rows: base });
    const followUpRows = [header, ...rows];
    const extra = asTable
      ? makeSnapshot({ tables: [{ name: 'Uppfoljning', sheet: 'Uppföljning', rows: followUpRows }] })
      : makeSnapshot({ sheets: [{ name: 'Follow-up', rows: followUpRows }] });
    return { ...plan, sheets: [...plan.sheets, ...extra.sheets], tables: [...plan.tables, ...extra.tables], sheetNames: [...plan.sheetNames, ...extra.sheetNames] };
  });

const seen = new Set<string>();
let comparedThen = 0;

function check(snapshot: WorkbookSnapshot): void {
  const result = validate(snapshot, { today: '2011-10-01' });
  for (const f of result.findings) {
    seen.add(f.code);
    expect(RULE_CODES).toContain(f.code);
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/);
    expect(f.message).not.toMatch(/undefined|NaN|\[object Object\]/);
  }
  validate(snapshot, { today: '2011-10-01', lang: 'en' });
  const s = summarize(result.model, result.reportDate);
  const json = toSummaryJson(s);
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  formatSummaryText(s, result.counts, 'sv');
  formatSummaryText(s, result.counts, 'en');
  layoutSummary(s, { generatedAt: '2011-10-01T10:00', counts: result.counts, seal: '', lang: 'sv' });

  const history = s.history ?? [];
  if (result.model.followUps !== null) expect(history.length).toBeGreaterThan(0);
  if (history.length > 0) {
    const current = history[history.length - 1];
    expect(current).toMatchObject({ date: result.reportDate, budget: s.totals.budget, spent: s.totals.spent, forecast: s.totals.forecast });
    for (let i = 1; i < history.length; i++) expect(history[i - 1].date <= history[i].date).toBe(true);
    for (const h of history.slice(0, -1)) expect(h.date < result.reportDate).toBe(true);
  }
  if (s.previous) expect(history[history.length - 2]).toMatchObject(s.previous);
  for (const m of s.sincePrevious?.byMunicipality ?? []) expect(Math.round((m.spent - m.spentBefore) * 100)).toBe(Math.round(m.change * 100));
  for (const g of s.byGoal) if (s.previous === null) expect(g.trend).toBeNull();
  // The summary's one-pass plan then (summary/then.ts) is the plan then summarised as now.
  const previous = previousFollowUp(result.model, result.reportDate);
  if (previous !== null && previous.date !== null) {
    comparedThen++;
    const then = planAt(result.model, previous);
    expect(summaryThen(result.model, { ...previous, date: previous.date })).toEqual({
      byMunicipality: summarizeMunicipalities(then),
      byGoal: summarizeGoals(then, previous.date, true),
    });
  }
}

describe('random follow-up tables', () => {
  it('never make validate or the summary throw, and the figures hold together', () => {
    fc.assert(fc.property(withFollowUp, check), { numRuns: 120 });
    // The property reached the follow-up rules, not only the reader.
    expect([...seen].filter((c) => c.startsWith('U')).length).toBeGreaterThanOrEqual(5);
    expect(comparedThen).toBeGreaterThan(10);
  });
});

/** The grouping of followUpsOf as SPEC §7 states it, row by row: the route before the one walk (walk.ts). */
function groupedOneByOne(rows: readonly FollowUpRow[]): FollowUp[] {
  const groups = new Map<string, { period: string; key: string; date: string | null; rows: FollowUpRow[] }>();
  for (const row of rows) {
    const label = row.period?.value;
    if (typeof label !== 'string' || label === '') continue;
    const key = periodKey(label);
    const g = groups.get(key) ?? { period: label, key, date: null, rows: [] };
    groups.set(key, g);
    g.rows.push(row);
    const date = row.date?.value;
    if (g.date === null && typeof date === 'string' && parseIsoDate(date) !== null) g.date = date;
  }
  return [...groups.values()];
}

/** The one walk's groups, matches and sums equal the separate routes: grouping, matchFollowUp on its own, followUpSums. */
function checkWalkOf(model: PlanModel): void {
  const walked = followUpsOf(model);
  expect(walked).toEqual(groupedOneByOne(model.followUps ?? []));
  const actions = model.actions ?? [];
  for (const f of walked) {
    walkedFollowUps++;
    const sums = walkedSums(f, actions);
    const match = matchFollowUp(f, actions);
    // Matched on their own, against a copy of the action list (which the walk did not see).
    const alone = matchFollowUp({ ...f }, [...actions]);
    expect(match.rows).toEqual(alone.rows);
    expect([...match.actionOf]).toEqual([...alone.actionOf]);
    expect(match.rowOf).toEqual(alone.rowOf);
    expect(match.withId).toBe(alone.withId);
    // The same sums to the bit, in the same order.
    expect(sums).toEqual(followUpSums({ ...f }, [...actions]));
  }
}

/**
 * Both routes into the walk: the columns the reader filled as it read each row (what every real validate and
 * summary walks), and columns made again from the rows (a fresh row array, which the reader's columns do not
 * describe).
 */
function checkWalk(snapshot: WorkbookSnapshot): void {
  const { model: read } = readPlan(snapshot);
  if (read.followUps !== null) {
    expect(read.followUpColumns?.rows).toBe(read.followUps);
    readerColumnsWalked++;
  }
  checkWalkOf(read);
  const { model } = validate(snapshot, { today: '2011-10-01' });
  // A fresh row array: the walk runs here, not in validation's earlier call.
  checkWalkOf({ ...model, followUps: model.followUps === null ? null : [...model.followUps] });
}

let readerColumnsWalked = 0;
let walkedFollowUps = 0;

describe('the one walk over Uppföljning', () => {
  it('groups, matches and sums as the separate routes do', () => {
    fc.assert(fc.property(withFollowUp, checkWalk), { numRuns: 120 });
    expect(walkedFollowUps).toBeGreaterThan(200);
    expect(readerColumnsWalked).toBeGreaterThan(50);
  });
});

/** The tables as recording writes them: each follow-up's rows together (walk.ts's route for rows in runs). */
const inRuns: fc.Arbitrary<WorkbookSnapshot> = withFollowUp.map((snapshot) => ({
  ...snapshot,
  tables: snapshot.tables.map((t) => (t.name !== 'Uppfoljning' ? t : { ...t, range: { ...t.range, values: [t.range.values[0], ...byPeriod(t.range.values.slice(1))] } })),
  sheets: snapshot.sheets.map((s) => (s.name !== 'Follow-up' ? s : { ...s, used: { ...s.used, values: [s.used.values[0], ...byPeriod(s.used.values.slice(1))] } })),
}));

/** Rows sorted by their period's key (blank ones first), stably: each follow-up's rows become one run. */
function byPeriod(rows: readonly (readonly CellValue[])[]): (readonly CellValue[])[] {
  const key = (r: readonly CellValue[]): string => (typeof r[0] === 'string' ? periodKey(r[0]) : '');
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('the one walk over Uppföljning recorded follow-up by follow-up', () => {
  it('groups, matches and sums as the separate routes do', () => {
    walkedFollowUps = 0;
    fc.assert(fc.property(inRuns, checkWalk), { numRuns: 120 });
    expect(walkedFollowUps).toBeGreaterThan(200);
  });
});

type Edit = 'none' | 'blank' | 'repeat' | 'swap' | 'removed' | 'dropped' | 'spelling' | 'undated' | 'case' | 'repeatLater';

/** Follow-up rows as recording writes them — every action, in Åtgärder's order — with one edit by hand. */
function recordedRows(ids: readonly string[], period: string, date: string, edit: Edit, at: number, amounts: readonly number[]): CellValue[][] {
  const rows: CellValue[][] = ids.map((id, i) => [period, serial(date), id, amounts[i % amounts.length], i % 3 === 0 ? null : amounts[(i + 1) % amounts.length], ['Pågår', 'Klar', 'Försenad', null][i % 4], null]);
  const k = at % rows.length;
  switch (edit) {
    case 'blank':
      rows[k][2] = null;
      break;
    case 'repeat':
      rows.splice(k + 1, 0, [...rows[k]]);
      break;
    case 'repeatLater':
      rows.push([...rows[k]]);
      break;
    case 'swap':
      if (k + 1 < rows.length) [rows[k], rows[k + 1]] = [rows[k + 1], rows[k]];
      break;
    case 'removed':
      rows.splice(k, 0, [period, serial(date), 'A99', 1_234, null, 'Klar', null]);
      break;
    case 'dropped':
      rows.splice(k, 1);
      break;
    case 'spelling':
      for (let i = k; i < rows.length; i++) rows[i][0] = period.toUpperCase();
      break;
    case 'undated':
      for (let i = 0; i <= k; i++) rows[i][1] = null;
      break;
    case 'case':
      rows[k][2] = String(rows[k][2]).toLowerCase();
      break;
    case 'none':
      break;
  }
  return rows;
}

/** Tables of follow-ups as recording writes them (walk.ts's usual rows, walked by walkUsual), each edited. */
const recorded: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    followUps: fc.shuffledSubarray(
      [
        { period: 'Tertial 1', date: '2011-04-30' },
        { period: 'Tertial 2', date: '2011-08-31' },
        { period: 'Helår', date: '2011-12-31' },
      ],
      { minLength: 1 },
    ),
    edits: fc.array(fc.record({ edit: fc.constantFrom<Edit>('none', 'blank', 'repeat', 'repeatLater', 'swap', 'removed', 'dropped', 'spelling', 'undated', 'case'), at: fc.nat(8) }), { minLength: 3, maxLength: 3 }),
    amounts: fc.array(fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 6 }),
    duplicateAction: fc.boolean(),
  })
  .map(({ followUps, edits, amounts, duplicateAction }) => {
    const base = exampleRows();
    // An action whose ID another has already (P002): rows with it are matched to the first.
    if (duplicateAction) base.Åtgärder.push([...base.Åtgärder[2]]);
    const ids = base.Åtgärder.slice(1).map((r) => String(r[0]));
    const rows = followUps.flatMap((f, n) => recordedRows(ids, f.period, f.date, edits[n].edit, edits[n].at, amounts));
    const plan = exampleSnapshot({ rows: base });
    const extra = makeSnapshot({ tables: [{ name: 'Uppfoljning', sheet: 'Uppföljning', rows: [HEADERS[0], ...rows] }] });
    return { ...plan, sheets: [...plan.sheets, ...extra.sheets], tables: [...plan.tables, ...extra.tables], sheetNames: [...plan.sheetNames, ...extra.sheetNames] };
  });

describe('the one walk over follow-ups recorded in Åtgärder’s order and then edited by hand', () => {
  it('groups, matches and sums as the separate routes do', () => {
    walkedFollowUps = 0;
    fc.assert(fc.property(recorded, checkWalk), { numRuns: 200 });
    expect(walkedFollowUps).toBeGreaterThan(300);
  });

  it('gives the summary the plan then as planAt has it', () => {
    fc.assert(fc.property(recorded, check), { numRuns: 100 });
  });
});
