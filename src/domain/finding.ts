/** Findings are data (SPEC §2): validation returns them and never throws for bad input. */
import type { RuleCode } from './rules';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'sv' | 'en';

/** Every finding code; the rule registry (rules/registry.ts) is the one list of them. */
export type { RuleCode } from './rules';

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
