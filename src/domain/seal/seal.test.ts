import { defaultActions, makeAction, makePlan, makeRole, field } from '../../../tests/builders/model';
import type { Action, PlanModel } from '../model';
import { checkSeal } from './checkSeal';
import type { SealCheck } from './checkSeal';
import { createSeal } from './createSeal';
import { fingerprintV1, tableDigest } from './fingerprint';
import { sha256Text } from './sha256';
import { parseSealRecord, sealToJson } from './record';
import type { SealRecordV2 } from './record';
import { RULESET_VERSION, TOOL_VERSION } from './version';

const CLEAN = { error: 0, warning: 2, info: 0 };
const AT = '2011-12-31T14:05:00+01:00';

async function seal(model: PlanModel, previous?: string): Promise<string> {
  return sealToJson(await createSeal(model, CLEAN, 'Anna Berg', AT, previous === undefined ? {} : { previous }));
}

function withActions(edit: (actions: Action[]) => Action[]): PlanModel {
  return makePlan({ actions: edit(defaultActions()) });
}

function editAction(id: string, edit: (a: Action) => Action): PlanModel {
  return withActions((as) => as.map((a) => (a.id.value === id ? edit(a) : a)));
}

function changed(check: SealCheck): Extract<SealCheck, { state: 'changed' }> {
  if (check.state !== 'changed') throw new Error(`expected changed, got ${check.state}`);
  return check;
}

describe('createSeal', () => {
  it('records who, when, tool, rules, counts, period, digests and the sealed values', async () => {
    const record = await createSeal(makePlan(), CLEAN, '  Anna Berg ', AT);
    expect(record).toMatchObject({ v: 2, by: 'Anna Berg', at: AT, tool: 'plankoll', toolVersion: TOOL_VERSION, rulesetVersion: RULESET_VERSION, counts: CLEAN, history: [] });
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(record.tables)).toEqual(['plan', 'financing', 'goals', 'roles', 'actions', 'followUps']);
    expect(record.values.actions).toMatchObject({ keys: ['A1', 'A2', 'A3'] });
    expect(record.period).toBe(makePlan().info.reportDate?.value ?? null);
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

  it('carries the earlier seals, newest last, at most 50', async () => {
    const first = await seal(makePlan());
    const second = sealToJson(await createSeal(makePlan(), CLEAN, 'Bo Ek', '2012-04-30T09:00:00+02:00', { previous: first, period: 'Tertial 1 2012' }));
    const record = (await createSeal(makePlan(), CLEAN, 'Cilla', '2012-08-31T09:00:00+02:00', { previous: second })) as SealRecordV2;
    expect(record.history.map((h) => [h.by, h.period])).toEqual([
      ['Anna Berg', makePlan().info.reportDate?.value ?? null],
      ['Bo Ek', 'Tertial 1 2012'],
    ]);
    expect(record.history[0]).toMatchObject({ at: AT, counts: CLEAN });
    expect(record.history[0].digest).toMatch(/^[0-9a-f]{64}$/);
    let text = first;
    for (let i = 0; i < 60; i++) text = sealToJson(await createSeal(makePlan(), CLEAN, `S${i}`, AT, { previous: text }));
    const long = parseSealRecord(text);
    expect(long.ok && long.record.v === 2 && long.record.history.length).toBe(50);
    expect(long.ok && long.record.v === 2 && long.record.history[49].by).toBe('S58');
  });
});

describe('tableDigest', () => {
  it('is SHA-256 of the fields, then per row a newline, the key, a tab and the values (the record format)', () => {
    const rows = [['s:A1', 'n:100', null], ['s:Å2 “x”', 'd:2011-03-01', 'b:1']];
    const text = '["id","budget","comment"]' + '\n"A1"\t["s:A1","n:100",null]' + '\n"Å2"\t["s:Å2 “x”","d:2011-03-01","b:1"]';
    expect(tableDigest(['id', 'budget', 'comment'], ['A1', 'Å2'], rows)).toBe(sha256Text(text));
    expect(tableDigest(null, [], [])).toBe(sha256Text('null'));
  });
});

describe('checkSeal', () => {
  it('is absent without a record', async () => {
    expect(await checkSeal(null, makePlan())).toEqual({ state: 'absent' });
    expect(await checkSeal('', makePlan())).toEqual({ state: 'absent' });
    expect(await checkSeal({ part: null, sheet: ' ' }, makePlan())).toEqual({ state: 'absent' });
  });

  it('is intact for the same values', async () => {
    expect(await checkSeal(await seal(makePlan()), makePlan())).toMatchObject({ state: 'intact', by: 'Anna Berg', at: AT });
  });

  it('stays intact when only positions change (columns moved, another sheet)', async () => {
    const sealed = await seal(makePlan());
    const moved = withActions((as) => as.map((a) => ({ ...a, budget: { ...a.budget, ref: { sheet: 'Actions', cell: `Z${a.row + 1}` } } })));
    expect((await checkSeal(sealed, moved)).state).toBe('intact');
  });

  it('tells a changed value: table, key, field, before, after, the cell it is in now', async () => {
    const sealed = await seal(makePlan());
    const now = editAction('A2', (a) => ({ ...a, spent: field(400_001, { raw: 400_001, sheet: 'Åtgärder', cell: 'M3' }) }));
    const check = changed(await checkSeal(sealed, now));
    expect(check.changes).toEqual([
      { kind: 'value', table: 'actions', key: 'A2', field: 'spent', before: expect.stringMatching(/^n:/), after: 'n:400001', ref: { sheet: 'Åtgärder', cell: 'M3' }, governing: false },
    ]);
    expect(check).toMatchObject({ tables: ['actions'], added: [], removed: [], reordered: [], valuesKept: true });
  });

  it('lists governing changes first: budget, shares, responsibility, decision limit, financing, total budget', async () => {
    const sealed = await seal(makePlan());
    const base = editAction('A3', (a) => ({ ...a, comment: field('ny kommentar'), responsible: field('Ekonomichef') }));
    const now = makePlan({
      actions: base.actions ?? [],
      info: { totalBudget: 3_910_001 },
      roles: [makeRole({ role: 'Projektledare', limit: 1 })],
    });
    const check = changed(await checkSeal(sealed, now));
    const firstPlain = check.changes.findIndex((c) => !c.governing);
    expect(firstPlain).toBeGreaterThan(0);
    expect(check.changes.slice(firstPlain).every((c) => !c.governing)).toBe(true);
    expect(check.changes.filter((c) => c.governing).map((c) => `${c.table}:${c.field}`)).toEqual(
      expect.arrayContaining(['plan:value', 'actions:responsible']),
    );
    expect(check.changes.find((c) => c.field === 'comment')?.governing).toBe(false);
  });

  it('lists added and removed rows as such, with where an added row is', async () => {
    const sealed = await seal(makePlan());
    const edited = withActions((as) => [as[0], as[2], makeAction({ id: 'A4', budget: 0, shares: { Mora: 0, Orsa: 0, Älvdalen: 0 }, row: 8 })]);
    const check = changed(await checkSeal(sealed, edited));
    expect(check.added).toEqual([{ table: 'actions', key: 'A4', ref: { sheet: 'Åtgärder', cell: 'A9' }, governing: false }]);
    expect(check.removed).toEqual([{ table: 'actions', key: 'A2', ref: null, governing: false }]);
    expect(check.changes).toEqual([]);
  });

  it('says when rows were only reordered', async () => {
    const sealed = await seal(makePlan());
    const check = changed(await checkSeal(sealed, withActions((as) => [as[2], as[0], as[1]])));
    expect(check).toMatchObject({ tables: ['actions'], changes: [], added: [], removed: [], reordered: ['actions'] });
  });

  it('keys duplicate and blank IDs by occurrence', async () => {
    const sealed = await seal(makePlan());
    const dup = withActions((as) => [...as, { ...as[1], row: 9 }, { ...as[0], id: field<string>(null), row: 10 }]);
    const check = changed(await checkSeal(sealed, dup));
    expect(check.added.map((a) => a.key)).toEqual(['A2#2', '#1']);
  });

  it('names a changed municipality share by the municipality, and it governs', async () => {
    const sealed = await seal(makePlan());
    const now = editAction('A1', (a) => ({ ...a, shares: a.shares.map((s) => (s.municipality === 'Orsa' ? { ...s, amount: field(1, { raw: 1 }) } : s)) }));
    const check = changed(await checkSeal(sealed, now));
    expect(check.changes).toMatchObject([{ table: 'actions', key: 'A1', field: 'share:Orsa', after: 'n:1', governing: true }]);
  });

  it('tells a change in Finansiering by municipality, governing', async () => {
    const sealed = await seal(makePlan());
    const plan = makePlan();
    const financing = (plan.financing ?? []).map((m) => (m.name.value === 'Orsa' ? { ...m, share: field(790_001, { raw: 790_001 }) } : m));
    const check = changed(await checkSeal(sealed, { ...plan, financing }));
    expect(check.changes.find((c) => c.table === 'financing')).toMatchObject({ key: 'Orsa', field: 'share', before: 'n:790000', after: 'n:790001', governing: true });
  });

  it('is invalid for text that is not a seal record', async () => {
    expect(await checkSeal('not json', makePlan())).toMatchObject({ state: 'invalid', reason: 'notJson' });
    expect(await checkSeal('{"tool":"other"}', makePlan())).toMatchObject({ state: 'invalid', reason: 'notARecord' });
    expect(await checkSeal('{"tool":"plankoll","v":3}', makePlan())).toMatchObject({ state: 'invalid', reason: 'unsupportedVersion' });
  });

  it('is invalid when a record field is malformed', async () => {
    const record = JSON.parse(await seal(makePlan())) as Record<string, unknown>;
    for (const [key, bad] of [['by', ''], ['at', 'yesterday'], ['digest', 'abc'], ['counts', { error: -1 }], ['values', 3], ['history', [{ by: 'x' }]]] as const) {
      const check = await checkSeal(JSON.stringify({ ...record, [key]: bad }), makePlan());
      expect(check).toMatchObject({ state: 'invalid', reason: 'malformed', detail: key });
    }
  });

  it('is invalid when the sealed values were edited by hand', async () => {
    const record = JSON.parse(await seal(makePlan())) as { values: { actions: { keys: string[] } } };
    record.values.actions.keys[0] = 'A9';
    expect(await checkSeal(JSON.stringify(record), makePlan())).toMatchObject({ state: 'invalid', reason: 'inconsistent' });
    const forged = JSON.parse(await seal(makePlan())) as { tables: Record<string, string> };
    forged.tables.actions = '0'.repeat(64);
    expect(await checkSeal(JSON.stringify(forged), makePlan())).toMatchObject({ state: 'invalid', reason: 'inconsistent' });
  });
});

describe('a version-1 record (sealed before Prognos and Uppföljning were covered)', () => {
  function v1(model: PlanModel): string {
    const fp = fingerprintV1(model);
    return JSON.stringify({ v: 1, by: 'Anna Berg', at: AT, tool: 'plankoll', toolVersion: '0.1.0', rulesetVersion: '1', counts: CLEAN, digest: fp.digest, tables: fp.tables, actions: fp.actions });
  }

  it('still verifies intact', async () => {
    expect(await checkSeal(v1(makePlan()), makePlan())).toMatchObject({ state: 'intact', by: 'Anna Berg' });
  });

  it('names the changed actions (no values were kept)', async () => {
    const now = editAction('A2', (a) => ({ ...a, spent: field(1, { raw: 1 }) }));
    const check = changed(await checkSeal(v1(makePlan()), now));
    expect(check).toMatchObject({ valuesKept: false, tables: ['actions'], changes: [{ kind: 'row', table: 'actions', key: 'A2', field: null }] });
  });

  it('is carried into the history of the next seal', async () => {
    const record = (await createSeal(makePlan(), CLEAN, 'Bo', AT, { previous: v1(makePlan()) })) as SealRecordV2;
    expect(record.history).toMatchObject([{ by: 'Anna Berg', period: null }]);
  });
});

describe('two copies', () => {
  it('reads the seal from either copy and says which one is left', async () => {
    const sealed = await seal(makePlan());
    expect(await checkSeal({ part: sealed, sheet: sealed }, makePlan())).toMatchObject({ state: 'intact', copies: ['part', 'sheet'] });
    expect(await checkSeal({ part: null, sheet: sealed }, makePlan())).toMatchObject({ state: 'intact', copies: ['sheet'] });
    expect(await checkSeal({ part: sealed, sheet: null }, makePlan())).toMatchObject({ state: 'intact', copies: ['part'] });
  });

  it('is inconsistent when the copies hold different records, and checks each', async () => {
    const a = await seal(makePlan());
    const b = sealToJson(await createSeal(makePlan(), CLEAN, 'Bo Ek', AT));
    const check = await checkSeal({ part: a, sheet: b }, makePlan());
    expect(check).toMatchObject({ state: 'inconsistent', part: { state: 'intact', by: 'Anna Berg' }, sheet: { state: 'intact', by: 'Bo Ek' } });
    const broken = await checkSeal({ part: a, sheet: 'garbage' }, makePlan());
    expect(broken).toMatchObject({ state: 'inconsistent', part: { state: 'intact' }, sheet: { state: 'invalid', reason: 'notJson' } });
  });

  it('takes the same record re-serialised as the same', async () => {
    const a = await seal(makePlan());
    const spaced = JSON.stringify(JSON.parse(a), null, 2);
    expect(await checkSeal({ part: a, sheet: spaced }, makePlan())).toMatchObject({ state: 'intact', copies: ['part', 'sheet'] });
  });
});
