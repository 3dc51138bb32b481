import { defaultActions, makeAction, makePlan, field } from '../../../tests/builders/model';
import type { Action, PlanModel } from '../model';
import { checkSeal } from './checkSeal';
import { createSeal } from './createSeal';
import { sealToJson } from './record';
import type { SealRecord } from './record';
import { RULESET_VERSION, TOOL_VERSION } from './version';

const CLEAN = { error: 0, warning: 2, info: 0 };
const AT = '2011-12-31T14:05:00+01:00';

async function seal(model: PlanModel): Promise<string> {
  return sealToJson(await createSeal(model, CLEAN, 'Anna Berg', AT));
}

function withActions(edit: (actions: Action[]) => Action[]): PlanModel {
  return makePlan({ actions: edit(defaultActions()) });
}

describe('createSeal', () => {
  it('records who, when, tool, rules, counts and digests', async () => {
    const record = await createSeal(makePlan(), CLEAN, '  Anna Berg ', AT);
    expect(record).toMatchObject({ v: 1, by: 'Anna Berg', at: AT, tool: 'plankoll', toolVersion: TOOL_VERSION, rulesetVersion: RULESET_VERSION, counts: CLEAN });
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(record.tables).sort()).toEqual(['actions', 'financing', 'goals', 'plan', 'roles']);
    expect(Object.keys(record.actions)).toEqual(['A1', 'A2', 'A3']);
    expect(record.actions.A1).toMatch(/^[0-9a-f]{16}$/);
  });

  it('takes a Date and stores local time with its offset', async () => {
    const record = await createSeal(makePlan(), CLEAN, 'Anna Berg', new Date(Date.UTC(2011, 11, 31, 13, 5)));
    expect(record.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(record.at)).toBe(Date.UTC(2011, 11, 31, 13, 5));
  });

  it('refuses a plan with errors and a blank name', async () => {
    await expect(createSeal(makePlan(), { error: 1, warning: 0, info: 0 }, 'Anna', AT)).rejects.toThrow(/1 errors/);
    await expect(createSeal(makePlan(), CLEAN, '  ', AT)).rejects.toThrow(/name/);
  });
});

describe('checkSeal', () => {
  it('is absent without a record', async () => {
    expect(await checkSeal(null, makePlan())).toEqual({ state: 'absent' });
    expect(await checkSeal('', makePlan())).toEqual({ state: 'absent' });
  });

  it('is intact for the same values', async () => {
    const check = await checkSeal(await seal(makePlan()), makePlan());
    expect(check).toMatchObject({ state: 'intact', by: 'Anna Berg', at: AT });
  });

  it('stays intact when only positions change (columns moved, another sheet)', async () => {
    const sealed = await seal(makePlan());
    const moved = withActions((as) =>
      as.map((a) => ({ ...a, budget: { ...a.budget, ref: { sheet: 'Actions', cell: `Z${a.row + 1}` } } })),
    );
    expect((await checkSeal(sealed, moved)).state).toBe('intact');
  });

  it('names the table and the action when a value changes', async () => {
    const sealed = await seal(makePlan());
    const changed = withActions((as) => as.map((a) => (a.id.value === 'A2' ? { ...a, spent: field(400_001, { raw: 400_001 }) } : a)));
    const check = await checkSeal(sealed, changed);
    expect(check).toMatchObject({ state: 'changed', tables: ['Åtgärder'], changed: ['A2'], added: [], removed: [], reordered: false });
  });

  it('names added and removed actions', async () => {
    const sealed = await seal(makePlan());
    const edited = withActions((as) => [as[0], as[2], makeAction({ id: 'A4', budget: 0, shares: { Mora: 0, Orsa: 0, Älvdalen: 0 } })]);
    const check = await checkSeal(sealed, edited);
    expect(check).toMatchObject({ state: 'changed', tables: ['Åtgärder'], added: ['A4'], removed: ['A2'], changed: [] });
  });

  it('names other tables by their Swedish names, in workbook order', async () => {
    const sealed = await seal(makePlan());
    const edited = makePlan({ info: { totalBudget: 3_910_001 }, goals: [] });
    const check = await checkSeal(sealed, edited);
    expect(check).toMatchObject({ state: 'changed', tables: ['Plan', 'Mål'], added: [], removed: [], changed: [] });
  });

  it('says when actions were only reordered', async () => {
    const sealed = await seal(makePlan());
    const check = await checkSeal(sealed, withActions((as) => [as[2], as[0], as[1]]));
    expect(check).toMatchObject({ state: 'changed', tables: ['Åtgärder'], changed: [], reordered: true });
  });

  it('keys duplicate and blank IDs by occurrence', async () => {
    const sealed = await seal(makePlan());
    const dup = withActions((as) => [...as, { ...as[1], row: 9 }, { ...as[0], id: field<string>(null), row: 10 }]);
    const check = await checkSeal(sealed, dup);
    expect(check).toMatchObject({ state: 'changed', added: ['A2#2', '#1'], changed: [], removed: [] });
  });

  it('is invalid for text that is not a seal record', async () => {
    expect(await checkSeal('not json', makePlan())).toEqual({ state: 'invalid', reason: 'notJson' });
    expect(await checkSeal('{"tool":"other"}', makePlan())).toEqual({ state: 'invalid', reason: 'notARecord' });
    expect(await checkSeal('{"tool":"plankoll","v":2}', makePlan())).toMatchObject({ state: 'invalid', reason: 'unsupportedVersion' });
  });

  it('is invalid when a record field is malformed', async () => {
    const record = JSON.parse(await seal(makePlan())) as Record<string, unknown>;
    for (const [key, bad] of [['by', ''], ['at', 'yesterday'], ['digest', 'abc'], ['counts', { error: -1 }], ['actions', { A1: 'zz' }]] as const) {
      const check = await checkSeal(JSON.stringify({ ...record, [key]: bad }), makePlan());
      expect(check).toMatchObject({ state: 'invalid', reason: 'malformed', detail: key });
    }
  });

  it('is invalid when the record was edited to match other values', async () => {
    const record = JSON.parse(await seal(makePlan())) as SealRecord;
    const forged = { ...record, tables: { ...record.tables, actions: '0'.repeat(64) } };
    expect(await checkSeal(JSON.stringify(forged), makePlan())).toEqual({ state: 'invalid', reason: 'inconsistent' });
  });
});
