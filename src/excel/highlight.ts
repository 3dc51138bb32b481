/**
 * Marking the findings' cells in the workbook, and taking the marks away again.
 *
 * Marks are conditional formats the add-in owns, never changed fills: the cells' own formatting is
 * not touched, so clearing brings back exactly the original look. Each mark is a custom conditional
 * format whose rule is an always-true formula carrying a marker, `=ISTEXT("plankoll:error")`: that
 * marker is how the add-in recognises its own formats later, even in another session, and it never
 * deletes a conditional format without it (the user's own are left alone).
 *
 * Cost, whatever the number of findings: 2 syncs when the sheet names are known (the gateway passes
 * those of the last snapshot) — sync 1 lists the conditional formats of those sheets, sync 2 deletes
 * the add-in's old marks and adds the new ones — plus 1 to list the sheets otherwise.
 * Findings on a sheet that no longer exists are skipped; if a known sheet was renamed or deleted
 * meanwhile, the operation starts over with fresh names.
 */
import type { Finding } from '../domain/finding';
import type { MarkedSeverity } from '../domain/highlightPlan';
import { HIGHLIGHT_COLOURS, planHighlights } from '../domain/highlightPlan';

export const HIGHLIGHT_MARKER = 'plankoll';

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text", plus a border. */
export const HIGHLIGHT_STYLE: Readonly<Record<MarkedSeverity, { readonly formula: string; readonly fill: string; readonly font: string }>> = {
  error: { formula: `=ISTEXT("${HIGHLIGHT_MARKER}:error")`, ...HIGHLIGHT_COLOURS.error },
  warning: { formula: `=ISTEXT("${HIGHLIGHT_MARKER}:warning")`, ...HIGHLIGHT_COLOURS.warning },
};

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export interface HighlightResult {
  /** Conditional formats added (one per sheet, severity and address string). */
  readonly added: number;
  /** Areas (cells or ranges) marked. */
  readonly areas: number;
  /** The add-in's earlier marks removed. */
  readonly removed: number;
  /** Findings that could not be marked (missing sheet, no usable address). */
  readonly skipped: number;
  readonly syncs: number;
}

/** True for a conditional format written by highlightFindings. */
export function isOwnFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(`"${HIGHLIGHT_MARKER}:`);
}

export async function highlightFindings(findings: readonly Finding[], knownSheets?: readonly string[]): Promise<HighlightResult> {
  return withFreshNamesOnMiss(knownSheets, (sheets) => Excel.run((context) => markInContext(context, findings, sheets)));
}

export async function clearHighlights(knownSheets?: readonly string[]): Promise<HighlightResult> {
  return withFreshNamesOnMiss(knownSheets, (sheets) => Excel.run((context) => markInContext(context, [], sheets)));
}

/** Runs with the known names; if one of them is gone (ItemNotFound), once more with names read anew. */
async function withFreshNamesOnMiss<T>(knownSheets: readonly string[] | undefined, run: (sheets?: readonly string[]) => Promise<T>): Promise<T> {
  if (!knownSheets) return run();
  try {
    return await run(knownSheets);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'ItemNotFound') throw e;
    // A sheet renamed or deleted since the names were read: expected, and retried with names read anew.
    return run();
  }
}

/** Removes the add-in's marks on `sheets` (all sheets when not given) and adds those for `findings`. */
export async function markInContext(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  knownSheets?: readonly string[],
): Promise<HighlightResult> {
  let syncs = 0;
  let sheets = knownSheets;
  if (!sheets) {
    const collection = context.workbook.worksheets;
    collection.load('items/name');
    syncs++;
    await context.sync();
    sheets = collection.items.map((s) => s.name);
  }

  // Sync 1: every conditional format on those sheets, with what tells ours apart.
  const scans = sheets.map((name) => {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return formats;
  });
  syncs++;
  await context.sync();

  // Sync 2: delete ours, add the new marks.
  let removed = 0;
  for (const formats of scans) {
    for (const cf of formats.items) {
      if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      if (!isOwnFormula(cf.customOrNullObject.rule.formula)) continue;
      cf.delete();
      removed++;
    }
  }
  const plan = planHighlights(findings, sheets);
  for (const area of plan.areas) {
    const style = HIGHLIGHT_STYLE[area.severity];
    const cf = context.workbook.worksheets.getItem(area.sheet).getRanges(area.address).conditionalFormats.add('Custom');
    cf.custom.rule.formula = style.formula;
    cf.custom.format.fill.color = style.fill;
    cf.custom.format.font.color = style.font;
    for (const edge of EDGES) {
      const border = cf.custom.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = style.font;
    }
  }
  if (removed > 0 || plan.areas.length > 0) {
    syncs++;
    await context.sync();
  }
  return {
    added: plan.areas.length,
    areas: plan.areas.reduce((n, a) => n + a.areas, 0),
    removed,
    skipped: plan.skipped,
    syncs,
  };
}
