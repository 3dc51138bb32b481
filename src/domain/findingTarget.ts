/**
 * Whether a finding can be gone to: its sheet exists in the workbook (compared as Excel compares sheet
 * names, ignoring case) and its address is an A1 cell or range. A finding that cannot (S001: the sheet
 * is missing) gets no jump: the pane says why instead of offering a link that can only fail.
 */
import type { Finding } from './finding';
import { normalizeArea } from './highlightPlan';

export function canGoTo(finding: Pick<Finding, 'sheet' | 'cell'>, sheetNames: readonly string[]): boolean {
  const sheet = finding.sheet.toLowerCase();
  return sheetNames.some((n) => n.toLowerCase() === sheet) && normalizeArea(finding.cell) !== null;
}
