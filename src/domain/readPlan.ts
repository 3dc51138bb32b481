/**
 * Reading a workbook snapshot into the plan model (SPEC §1), with the structure findings only
 * (S001–S005). The rules (rules/) judge the fields. Bad content gives findings, never an exception; an
 * exception here means a bug or a malformed snapshot and reaches the caller with its own stack.
 *
 * Each object is found by Excel table name first, then by sheet name (locate.ts: on a sheet, a title
 * row above the header is passed over), its header mapped by normalized name (names.ts). Entirely empty
 * rows and a `Summa`/`Totalt` row are not data (read/rows.ts). Choices made where the SPEC is silent:
 * - A Plan of bare key/value rows (no `Egenskap`/`Värde` header, first cell a known property) is read
 *   as if that header stood above it (read/planGrid.ts).
 * - S001/S002 (object missing, or found but entirely empty): sheet = the canonical Swedish sheet name
 *   (`Åtgärder`, `Mål` …), cell `A1`; detail `{ object, skipped }` (skipped: the rule codes that cannot run).
 * - S003: one finding per missing required column; cell = the header row range; expected/detail.column =
 *   the Swedish header. Required = every column SPEC §1 lists except `Andel (%)` and `Kommentar`
 *   (so `Organisation` is required, as the SPEC does not mark it optional).
 * - An object with a missing required column is null in the model (its rules are skipped), but its
 *   location is kept. The Plan with a missing Egenskap/Värde column is `present` with every value null.
 * - S004: the first column wins, the later one is reported at its header cell. A Plan key given twice
 *   is reported the same way at the second key cell.
 * - S005: a named municipality in Finansiering with no column in Åtgärder, at its Kommun cell; only
 *   when both objects were found (Åtgärder's header is read even if it lacks another column).
 * - Without Finansiering, no Åtgärder column can be a municipality: `shares` is empty.
 * - Uppföljning (SPEC §7) is optional and its absence is no finding at all, not S002: a plan without
 *   history is what every plan is until its first follow-up is recorded, and the product then behaves
 *   exactly as without follow-up. Found but lacking a required column, it is S003 like any table, and
 *   `followUps` is null (the U-rules are skipped).
 */
import { a1 } from './a1';
import type { RawFinding } from './finding';
import type { Action, Goal, Municipality, PlanModel, Role, TableLocation } from './model';
import type { ObjectKind } from './names';
import { REQUIRED_OBJECTS, SHEET_NAME } from './names';
import { readActions } from './read/actions';
import { readMunicipality } from './read/financing';
import { readFollowUps } from './read/followUps';
import { readGoal } from './read/goals';
import type { Candidate } from './read/locate';
import { locateAll } from './read/locate';
import { ABSENT_PLAN, readPlanInfo } from './read/plan';
import { withImpliedPlanHeader } from './read/planGrid';
import { readRole } from './read/roles';
import type { ReadTable } from './read/table';
import { readTable } from './read/table';
import type { WorkbookSnapshot } from './snapshot';

export interface ReadPlanResult {
  readonly model: PlanModel;
  readonly findings: RawFinding[];
}

/**
 * Rule codes that cannot run without an optional object (S002 detail). Without the Plan, B004 compares
 * the budgets with Finansiering's sum instead (rules/budget/b004), P007 uses the CLI date or today, and
 * B008 the default tolerance of 0.5 percentage points; only B006 has nothing to compare with.
 */
export const SKIPPED_WITHOUT: Readonly<Partial<Record<ObjectKind, string>>> = {
  plan: 'B006',
  goals: 'P003, P008',
};

function missingFinding(kind: ObjectKind): RawFinding {
  const object = SHEET_NAME[kind];
  const skipped = SKIPPED_WITHOUT[kind];
  return {
    code: REQUIRED_OBJECTS.has(kind) ? 'S001' : 'S002',
    sheet: object,
    cell: 'A1',
    expected: object,
    detail: skipped === undefined ? { object } : { object, skipped },
  };
}

/**
 * S008: two tables or sheets (the first two found) both match `kind`. Nothing is guessed: the object is read
 * from neither, so the checks that need it are skipped. The cell is the first one's header.
 */
function ambiguousFinding(kind: ObjectKind, [first, second]: readonly Candidate[]): RawFinding {
  return {
    code: 'S008',
    sheet: first.grid.sheet,
    cell: a1(first.grid.row, first.grid.col),
    detail: {
      object: SHEET_NAME[kind],
      firstKind: first.grid.source,
      first: first.name,
      firstAt: `${first.grid.sheet}!${a1(first.grid.row, first.grid.col)}`,
      secondKind: second.grid.source,
      second: second.name,
      secondAt: `${second.grid.sheet}!${a1(second.grid.row, second.grid.col)}`,
    },
  };
}

/**
 * The model and the structure findings. Only the known absence of an object (no table or sheet that
 * locate() recognises, or one with no data) becomes S001/S002; anything else that goes wrong is a bug
 * or an unreadable snapshot and throws, never a finding.
 */
export function readPlan(snapshot: WorkbookSnapshot): ReadPlanResult {
  const findings: RawFinding[] = [];
  const table = (kind: ObjectKind, municipalities: readonly string[] = []): ReadTable | null => {
    const candidates = locateAll(snapshot, kind);
    if (candidates.length > 1) {
      findings.push(ambiguousFinding(kind, candidates));
      return null;
    }
    const found = candidates.length === 1 ? candidates[0].grid : null;
    if (found === null) {
      if (kind !== 'followUp') findings.push(missingFinding(kind));
      return null;
    }
    const grid = kind === 'plan' ? withImpliedPlanHeader(found) : found;
    const t = readTable(grid, kind, municipalities);
    findings.push(...t.findings);
    return t;
  };

  const planTable = table('plan');
  let info = ABSENT_PLAN;
  if (planTable) {
    const plan = readPlanInfo(planTable.rows, planTable.complete);
    info = plan.info;
    findings.push(...plan.findings);
  }

  const financingTable = table('financing');
  const hasPercent = financingTable !== null && Object.hasOwn(financingTable.header.columns, 'percent');
  const financing: Municipality[] | null =
    financingTable && financingTable.complete ? financingTable.rows.map((r) => readMunicipality(r, hasPercent)) : null;

  const goalsTable = table('goals');
  const goals: Goal[] | null = goalsTable && goalsTable.complete ? goalsTable.rows.map(readGoal) : null;

  const rolesTable = table('roles');
  const roles: Role[] | null = rolesTable && rolesTable.complete ? rolesTable.rows.map(readRole) : null;

  const names = uniqueNames(financing);
  const actionsTable = table('actions', names);
  const municipalityColumns = actionsTable ? names.filter((n) => Object.hasOwn(actionsTable.header.columns, n)) : [];
  if (actionsTable && financing) {
    const seen = new Set<string>();
    for (const m of financing) {
      const name = m.name.value;
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      if (!municipalityColumns.includes(name)) {
        findings.push({
          code: 'S005',
          sheet: m.name.ref.sheet,
          cell: m.name.ref.cell,
          expected: name,
          detail: { object: SHEET_NAME.actions, municipality: name },
        });
      }
    }
  }
  const has = (t: ReadTable | null, field: string): boolean => t !== null && Object.hasOwn(t.header.columns, field);
  const actionColumns = { comment: has(actionsTable, 'comment'), forecast: has(actionsTable, 'forecast') };
  const actions: Action[] | null =
    actionsTable && actionsTable.complete
      ? readActions(actionsTable.rows, municipalityColumns, actionColumns)
      : null;

  const followUpTable = table('followUp');
  const followUpColumns = { forecast: has(followUpTable, 'forecast'), comment: has(followUpTable, 'comment') };
  const followUpsRead = followUpTable && followUpTable.complete ? readFollowUps(followUpTable.rows, followUpColumns) : null;

  const location = (t: ReadTable | null): TableLocation | null => (t ? t.location : null);
  return {
    model: {
      info,
      financing,
      goals,
      roles,
      actions,
      followUps: followUpsRead?.rows ?? null,
      followUpColumns: followUpsRead?.columns ?? null,
      locations: {
        plan: location(planTable),
        financing: location(financingTable),
        goals: location(goalsTable),
        roles: location(rolesTable),
        actions: location(actionsTable),
        followUps: location(followUpTable),
      },
      municipalityColumns,
    },
    findings,
  };
}

/** Municipality names as written in Finansiering, first occurrence of each, blanks left out. */
function uniqueNames(financing: readonly Municipality[] | null): string[] {
  const out: string[] = [];
  for (const m of financing ?? []) {
    const n = m.name.value;
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out;
}
