/**
 * Keys for actions in the seal: the action's ID as the rules read it (trimmed text). A sealed plan has
 * unique, non-blank IDs (P001/P002 are errors), but a changed one may not: the second `A03` becomes
 * `A03#2`, actions without ID are `#1`, `#2`, … in table order. Keys are always unique.
 */
import type { Action } from '../model';
import { uniqueKeys } from './rows';

export function actionKeys(actions: readonly Action[]): string[] {
  return uniqueKeys(actions.map((a) => a.id.value ?? ''));
}

/** True for a key made for an action without ID. */
export function isBlankIdKey(key: string): boolean {
  return key.startsWith('#');
}
