/** The two responsibility columns of an action, for the R rules. */
import type { Action, TextField } from '../../model';

export type ResponsibilityColumn = 'responsible' | 'decisionMaker';

/** Swedish header names, used in finding details (`Ansvarig`, `Beslutsfattare`). */
export const COLUMN_LABEL: Readonly<Record<ResponsibilityColumn, string>> = {
  responsible: 'Ansvarig',
  decisionMaker: 'Beslutsfattare',
};

export function cellOf(a: Action, column: ResponsibilityColumn): TextField {
  return column === 'responsible' ? a.responsible : a.decisionMaker;
}
