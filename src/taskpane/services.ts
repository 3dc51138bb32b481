/**
 * What the pane needs besides the gateway, passed in so the UI tests can control it: the validation,
 * the summary generator, the clock and the seal panel. `defaultServices.ts` wires the real ones.
 */
import type { ComponentType } from 'react';
import type { FindingCounts, Lang } from '../domain/finding';
import type { WorkbookGateway } from '../domain/gateway';
import type { ValidateOptions } from '../domain/model';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { ValidationResult } from '../domain/validation';

/** The props H5's SealPanel takes (src/taskpane/seal/SealPanel.tsx). */
export interface SealPanelProps {
  readonly gateway: WorkbookGateway;
  readonly snapshot: WorkbookSnapshot | null;
  readonly result: ValidationResult | null;
  readonly lang: Lang;
  readonly now?: () => Date;
}

export interface SummaryOptions {
  readonly today: string;
  readonly now: Date;
  readonly lang: Lang;
}

export interface PaneServices {
  readonly validate: (snapshot: WorkbookSnapshot, options: ValidateOptions) => ValidationResult;
  readonly generateSummary: (
    gateway: WorkbookGateway,
    options: SummaryOptions,
  ) => Promise<{ readonly sheetName: string; readonly counts: FindingCounts }>;
  readonly now: () => Date;
  readonly SealPanel: ComponentType<SealPanelProps>;
}

/** The local calendar date as ISO `YYYY-MM-DD` (what a controller means by "today"). */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** One line for the user from anything thrown (Error, OfficeExtension.Error, a string…). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  if (typeof e === 'object' && e !== null && 'message' in e && typeof (e as { message: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}
