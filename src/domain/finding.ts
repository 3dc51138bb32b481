/** Findings are data (SPEC §2): validation returns them and never throws for bad input. */

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'sv' | 'en';

export const RULE_CODES = [
  'S001', 'S002', 'S003', 'S004', 'S005', 'S007',
  'B001', 'B002', 'B003', 'B004', 'B005', 'B006', 'B007', 'B008', 'B009', 'B010',
  'R001', 'R002', 'R003', 'R004', 'R005', 'R006', 'R007', 'R008', 'R009', 'R010',
  'P001', 'P002', 'P003', 'P004', 'P005', 'P006', 'P007', 'P008', 'P009',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** Fixed severity of each code (SPEC §2). */
export const SEVERITY: Readonly<Record<RuleCode, Severity>> = {
  S001: 'error', S002: 'warning', S003: 'error', S004: 'error', S005: 'error', S007: 'error',
  B001: 'error', B002: 'error', B003: 'error', B004: 'error', B005: 'error', B006: 'error',
  B007: 'warning', B008: 'warning', B009: 'warning', B010: 'warning',
  R001: 'error', R002: 'error', R003: 'error', R004: 'error', R005: 'error', R006: 'error',
  R007: 'warning', R008: 'error', R009: 'warning', R010: 'error',
  P001: 'error', P002: 'error', P003: 'error', P004: 'error', P005: 'error', P006: 'error',
  P007: 'warning', P008: 'warning', P009: 'warning',
};

/** Values a message may mention; rendered by messages.ts. */
export type Detail = Readonly<Record<string, string | number>>;

/**
 * What a rule produces: everything but the rendered message. `expected`/`actual` are the values
 * a person compares (amounts as numbers, names as text).
 */
export interface RawFinding {
  readonly code: RuleCode;
  readonly sheet: string;
  /** A1 address or range on `sheet`. */
  readonly cell: string;
  readonly actionId?: string;
  readonly expected?: string | number;
  readonly actual?: string | number;
  /** Extra values for the message (e.g. `{ column: 'Mora', role: 'IT-chef' }`). */
  readonly detail?: Detail;
}

/** A finding as users, tests and `--json` see it (SPEC §2). */
export interface Finding {
  readonly code: RuleCode;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly actionId?: string;
  readonly message: string;
  readonly expected?: string | number;
  readonly actual?: string | number;
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): FindingCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') error++;
    else if (f.severity === 'warning') warning++;
    else info++;
  }
  return { error, warning, info };
}
