/** A fake gateway and fake services for the task pane's UI tests: every call recorded, results controlled. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '../../src/domain/finding';
import { countFindings } from '../../src/domain/finding';
import type { FollowUpWrite } from '../../src/domain/record/types';
import type { WorkbookGateway } from '../../src/domain/gateway';
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import type { SheetLayout } from '../../src/domain/summary/layout';
import type { ValidationResult } from '../../src/domain/validation';
import type { PaneServices, SealPanelProps } from '../../src/taskpane/services';
import { makePlan } from '../builders/model';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size to choose a layout.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });
}

export type FakeGateway = { [K in keyof WorkbookGateway]: jest.Mock<ReturnType<WorkbookGateway[K]>, Parameters<WorkbookGateway[K]>> };

export const SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], sheetNames: ['Åtgärder', 'Roller'], seal: null };

export function fakeGateway(): FakeGateway {
  let stored: string | null = null;
  let autoOpen = false;
  return {
    readSnapshot: jest.fn(async () => SNAPSHOT),
    writeSummary: jest.fn(async (_layout: SheetLayout) => ({ sheetName: 'Sammanfattning' })),
    writeFindings: jest.fn(async (_layout: SheetLayout) => ({ sheetName: 'Avvikelser' })),
    highlight: jest.fn(async (_findings: readonly Finding[]) => undefined),
    clearHighlights: jest.fn(async () => undefined),
    selectCell: jest.fn(async (_sheet: string, _cell: string) => undefined),
    writeFollowUp: jest.fn(async (_write: FollowUpWrite) => undefined),
    createPlan: jest.fn(async () => ({ created: [] })),
    writeSeal: jest.fn(async (record: string) => {
      stored = record;
    }),
    readSeal: jest.fn(async () => ({ part: stored, sheet: stored })),
    readAutoOpen: jest.fn(async () => autoOpen),
    setAutoOpen: jest.fn(async (on: boolean) => {
      autoOpen = on;
    }),
  };
}

export function finding(extra: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  return { sheet: 'Åtgärder', cell: 'J7', message: `Meddelande ${extra.code}`, ...extra };
}

export const FINDINGS: readonly Finding[] = [
  finding({ code: 'B003', severity: 'error', cell: 'I4', actionId: 'A03', message: 'Andelarna summerar inte till budgeten', expected: 250_000, actual: 240_000 }),
  finding({ code: 'R005', severity: 'error', cell: 'E6', actionId: 'A05', message: 'Budgeten överstiger beslutsrätten' }),
  finding({ code: 'P007', severity: 'warning', cell: 'G9', actionId: 'A08', message: 'Åtgärden är försenad' }),
  finding({ code: 'R009', severity: 'warning', sheet: 'Roller', cell: 'B4', message: 'Rollen saknar namn' }),
];

export function resultOf(findings: readonly Finding[]): ValidationResult {
  return { findings, counts: countFindings(findings), omitted: {}, model: makePlan(), reportDate: '2011-12-31' };
}

export function FakeSealPanel(props: SealPanelProps): JSX.Element {
  return <p>{props.result === null ? 'Sigill: ej validerad' : `Sigill: ${props.result.counts.error} fel`}</p>;
}

export interface FakeServices extends PaneServices {
  readonly validate: jest.Mock<ReturnType<PaneServices['validate']>, Parameters<PaneServices['validate']>>;
  readonly generateSummary: jest.Mock<ReturnType<PaneServices['generateSummary']>, Parameters<PaneServices['generateSummary']>>;
}

export function fakeServices(
  findings: readonly Finding[] = FINDINGS,
  generateSummary?: PaneServices['generateSummary'],
): FakeServices {
  type V = PaneServices['validate'];
  type G = PaneServices['generateSummary'];
  return {
    // A new array per run, as the real validate gives.
    validate: jest.fn<ReturnType<V>, Parameters<V>>(() => resultOf([...findings])),
    generateSummary: jest.fn<ReturnType<G>, Parameters<G>>(
      generateSummary ?? (async () => ({ sheetName: 'Sammanfattning', counts: countFindings(findings) })),
    ),
    now: () => new Date(2011, 11, 31, 14, 5),
    SealPanel: FakeSealPanel,
  };
}

/** Chooses one of the pane's tabs (Avvikelser, Sammanfattning och uppföljning, Försegling) and waits for its panel. */
export async function openTab(name: string | RegExp): Promise<HTMLElement> {
  const tab = screen.getByRole('tab', { name });
  await userEvent.click(tab);
  return screen.getByRole('tabpanel', { name });
}
