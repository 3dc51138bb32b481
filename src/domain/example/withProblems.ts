/**
 * The example "med fel" (with problems): the clean example with deliberate, documented edits, for demos
 * and tests. Each edit below produces the findings listed in problems.ts.
 */
import type { PlanCell, PlanTable, PlanWorkbook } from './workbook';
import { examplePlanWorkbook } from './tables';

/**
 * One deliberate change: the row whose first column is `key` (on Uppföljning, whose rows are keyed by
 * period and action, `Period/ID`), the column with header `column`.
 */
export interface ProblemEdit {
  readonly sheet: string;
  readonly key: string;
  readonly column: string;
  readonly value: PlanCell;
}

export const PROBLEM_EDITS: readonly ProblemEdit[] = [
  // S007: a broken reference where the spent amount should be.
  { sheet: 'Åtgärder', key: 'A15', column: 'Utfall (kr)', value: { error: '#REF!' } },
  // B010: an amount typed as text.
  { sheet: 'Åtgärder', key: 'A06', column: 'Budget (kr)', value: '110 000 kr' },
  // B003 (+ B005 on Orsa's column): digits transposed, 48 500 -> 48 050.
  { sheet: 'Åtgärder', key: 'A09', column: 'Orsa', value: 48_050 },
  // B007: 22,00 % typed for Orsa's 20,20 %.
  { sheet: 'Finansiering', key: 'Orsa', column: 'Andel (%)', value: 0.22 },
  // B009: more spent than budgeted.
  { sheet: 'Åtgärder', key: 'A04', column: 'Utfall (kr)', value: 96_300 },
  // R005: the IT manager (300 000 kr) decides on a 650 000 kr action.
  { sheet: 'Åtgärder', key: 'A17', column: 'Beslutsfattare', value: 'IT-chef' },
  // R007: the municipal director both responsible and decision maker.
  { sheet: 'Åtgärder', key: 'A08', column: 'Ansvarig', value: 'Kommundirektör' },
  // R008: two roles responsible for one action.
  { sheet: 'Åtgärder', key: 'A12', column: 'Ansvarig', value: 'Driftchef IT och IS/IT-strateg' },
  // R009: the information security coordinator's post is vacant.
  { sheet: 'Roller', key: 'Informationssäkerhetssamordnare', column: 'Namn', value: null },
  // P003: a goal that does not exist.
  { sheet: 'Åtgärder', key: 'A14', column: 'MålID', value: 'M10' },
  // P004: a date that does not exist, typed as text.
  { sheet: 'Åtgärder', key: 'A13', column: 'Slut', value: '2012-02-30' },
  // P007: past its end date and still in progress.
  { sheet: 'Åtgärder', key: 'A11', column: 'Status', value: 'Pågår' },
  // P009: done, but nothing booked as spent.
  { sheet: 'Åtgärder', key: 'A02', column: 'Utfall (kr)', value: null },
  // B011: a forecast above the budget (explained in Kommentar, so no U006).
  { sheet: 'Åtgärder', key: 'A05', column: 'Prognos (kr)', value: 300_000 },
  // B012: a forecast below what is already spent.
  { sheet: 'Åtgärder', key: 'A12', column: 'Prognos (kr)', value: 80_000 },
  // (B009's overspending is explained, so that U006 below is the overdue A11's alone.)
  { sheet: 'Åtgärder', key: 'A04', column: 'Kommentar', value: 'Licenserna blev dyrare än offererat' },
  // U001: one row of Tertial 2 dated differently from the others.
  { sheet: 'Uppföljning', key: 'Tertial 2/A09', column: 'Datum', value: { date: '2011-09-01' } },
  // U002: the same action twice in Tertial 2 (A07's row typed as A06).
  { sheet: 'Uppföljning', key: 'Tertial 2/A07', column: 'ID', value: 'A06' },
  // U003: history about an action that is no longer in Åtgärder.
  { sheet: 'Uppföljning', key: 'Tertial 1/A16', column: 'ID', value: 'A19' },
  // U004: a follow-up dated after the report date (one row moved to a period of its own).
  { sheet: 'Uppföljning', key: 'Tertial 1/A14', column: 'Datum', value: { date: '2012-04-30' } },
  { sheet: 'Uppföljning', key: 'Tertial 1/A14', column: 'Period', value: 'Delår 2012' },
  // U005: accumulated spent going down from Tertial 1 to Tertial 2.
  { sheet: 'Uppföljning', key: 'Tertial 2/A03', column: 'Utfall (kr)', value: 20_000 },
  // U007: Klar at Tertial 2, in progress now.
  { sheet: 'Uppföljning', key: 'Tertial 2/A05', column: 'Status', value: 'Klar' },
  // No finding: an action name that looks like a formula stays text (SPEC §6).
  {
    sheet: 'Åtgärder',
    key: 'A16',
    column: 'Åtgärd',
    value: '=HYPERLINK("https://intranat.mora.se/it-nytta";"Workshoppar om verksamhetsnytta")',
  },
];

function applyEdit(tables: readonly PlanTable[], edit: ProblemEdit): PlanTable[] {
  return tables.map((t) => {
    if (t.sheet !== edit.sheet) return t;
    const col = t.columns.findIndex((c) => c.header === edit.column);
    const keyOf = (r: readonly PlanCell[]): unknown => (t.table === 'Uppfoljning' ? `${String(r[0])}/${String(r[2])}` : r[0]);
    const row = t.rows.findIndex((r) => keyOf(r) === edit.key);
    if (col < 0 || row < 0) throw new Error(`example edit does not match the example: ${edit.sheet} ${edit.key} ${edit.column}`);
    const rows = t.rows.map((r, i) => (i === row ? r.map((v, j) => (j === col ? edit.value : v)) : r));
    return { ...t, rows };
  });
}

/** The example workbook with the deliberate problems of problems.ts. */
export function examplePlanWorkbookWithProblems(): PlanWorkbook {
  let tables: PlanTable[] = [...examplePlanWorkbook().tables];
  for (const edit of PROBLEM_EDITS) tables = applyEdit(tables, edit);
  return { tables };
}
