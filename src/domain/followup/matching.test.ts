import { makeAction, makeFollowUp } from '../../../tests/builders/model';
import { actionIndex, matchFollowUp } from './matching';
import type { FollowUp } from './periods';

const actions = [
  makeAction({ id: 'A1' }),
  makeAction({ id: 'A2' }),
  makeAction({ id: null }),
  makeAction({ id: 'a1' }), // the same key as A1: follow-up rows go to the first
  makeAction({ id: ' A 3 ' }),
  makeAction({ id: 'A4' }),
];

const followUp = (ids: readonly (string | null)[]): FollowUp => ({
  period: 'Tertial 1',
  key: 'tertial 1',
  date: '2011-04-30',
  rows: ids.map((id, i) => makeFollowUp({ period: 'Tertial 1', date: '2011-04-30', id, spent: i })),
});

describe('follow-up rows matched to actions', () => {
  it('indexes the actions by ID key, the first of each key', () => {
    const index = actionIndex(actions);
    expect(index.keys).toEqual(['a1', 'a2', null, 'a1', 'a 3', 'a4']);
    expect([...index.first]).toEqual([1, 1, 0, 0, 1, 1]);
    expect(index.byKey.get('a1')).toBe(0);
  });

  it('rows in Åtgärder’s order, and rows out of order, by key, removed actions, duplicates and blank IDs', () => {
    const f = followUp(['A1', 'A2', 'a1', 'A9', 'A4', 'a 3', null, 'A2', 'a9', 'A1']);
    const match = matchFollowUp(f, actions);
    // The first row of each key, in the order recorded; A9 (and its second spelling a9) is no longer in Åtgärder.
    expect(match.rows.map((r) => r.id.value)).toEqual(['A1', 'A2', 'A9', 'A4', 'a 3']);
    expect([...match.actionOf]).toEqual([0, 1, -1, 5, 4]);
    expect(match.rowOf.map((r) => r?.spent.value ?? null)).toEqual([0, 1, null, null, 5, 4]);
    expect(match.withId).toBe(9); // a9 and the second A1 and A2 were dropped: U002's duplicates
  });

  it('a row with the ID of a later action of the same key goes to the first', () => {
    const match = matchFollowUp(followUp(['a1']), [makeAction({ id: 'X' }), makeAction({ id: 'A1' }), makeAction({ id: 'a1' })]);
    expect([...match.actionOf]).toEqual([1]);
  });
});
