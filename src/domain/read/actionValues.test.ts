/** actionValues: the reader's column values, the same as each action's fields say, and only for a whole read. */
import { exampleRows, exampleSnapshot } from '../../../tests/builders/snapshot';
import { snapshot as followUpSnapshot } from '../../../tests/summary/followUpFixture';
import { readPlan } from '../readPlan';
import { summarize } from '../summary/summarize';
import { actionValues, plainAction } from './actions';

const plain = plainAction;

describe('actionValues', () => {
  const actions = readPlan(exampleSnapshot()).model.actions ?? [];

  it('gives each column’s values in the actions’ order, as their fields have them', () => {
    const v = actionValues(actions);
    expect(v).not.toBeNull();
    if (v === null) return;
    expect(actions.length).toBe(exampleRows().Åtgärder.length - 1);
    expect(v.id).toEqual(actions.map((a) => a.id.value));
    expect(v.goalId).toEqual(actions.map((a) => a.goalId.value));
    expect(v.end).toEqual(actions.map((a) => a.end.value));
    expect(v.status).toEqual(actions.map((a) => a.status.value));
    expect(v.budget).toEqual(actions.map((a) => a.budget.value));
    expect(v.spent).toEqual(actions.map((a) => a.spent.value));
    expect(v.municipalities).toEqual(['Mora', 'Orsa', 'Älvdalen']);
    v.municipalities.forEach((m, k) => expect(v.shares[k]).toEqual(actions.map((a) => a.shares.find((s) => s.municipality === m)?.amount.value)));
    expect(v.budget.some((b) => typeof b === 'number' && b > 0)).toBe(true);
  });

  it('is null for anything but the whole read in order: a part, another order, a hand-made action', () => {
    expect(actionValues(actions.slice(1))).toBeNull();
    expect(actionValues([...actions].reverse())).toBeNull();
    expect(actionValues([plain(actions[0]), ...actions.slice(1)])).toBeNull();
    expect(actionValues([])).toBeNull();
    expect(actionValues([...actions])).not.toBeNull();
  });

  it('gives the summary the same figures as reading the actions one by one', () => {
    const { model } = readPlan(followUpSnapshot);
    const columns = summarize(model, '2011-12-31');
    const byAction = summarize({ ...model, actions: (model.actions ?? []).map(plain) }, '2011-12-31');
    expect(byAction).toEqual(columns);
    expect(columns.byMunicipality.length).toBeGreaterThan(0);
    expect(columns.history?.length).toBeGreaterThan(1);
  });
});
