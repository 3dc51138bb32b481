/** Small helpers the follow-up rules share. */
import type { FollowUpRow } from '../../model';

/** `{ actionId }` for a finding on a follow-up row, when the row names an action. */
export function followUpIdOf(r: FollowUpRow): { actionId?: string } {
  return r.id.value === null ? {} : { actionId: r.id.value };
}

/** Spent as an amount: blank is 0 (nothing spent yet), unreadable is null (B001 points there). */
export function spentOf(field: { readonly value: number | null; readonly issue?: string }): number | null {
  if (field.value !== null) return field.value;
  return field.issue === 'blank' ? 0 : null;
}
