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
import type { KeyValueStore } from './storage';

/** The props the pane gives its seal panel (seal/SealPanel.tsx, or a test's fake). */
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
  /** Where the pane remembers small things (folded groups); localStorage when absent (storage.ts). */
  readonly store?: KeyValueStore;
}
