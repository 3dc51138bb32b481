/**
 * The seal on large plans: up to 10 000 actions the record keeps the sealed values (under 2 MB) and a
 * check tells the one changed value; above that it keeps digests and names the changed action. Times are
 * measured by `npm run bench` (bench/seal.bench.ts), not asserted here.
 */
import { makeAction, makePlan } from '../builders/model';
import { checkSeal, createSeal, sealToJson } from '../../src/domain/seal';
import type { Action } from '../../src/domain/model';

const id = (i: number): string => `A${String(i + 1).padStart(5, '0')}`;
const ROLES = ['Projektledare IS/IT-styrning', 'IS/IT-strateg', 'Driftchef IT', 'IT-chef'];

function actions(n: number): Action[] {
  return Array.from({ length: n }, (_, i) =>
    makeAction({
      id: id(i),
      name: `Åtgärd ${i + 1} inom styrningen av informationssäkerhet och IT-drift i de tre kommunerna`,
      responsible: ROLES[i % 4],
      decisionMaker: ROLES[(i + 1) % 4],
      budget: 10_000 + i,
      shares: { Mora: 5_000 + i, Orsa: 2_500, Älvdalen: 2_500 },
      spent: i,
      comment: i % 3 === 0 ? `Kommentar till åtgärd ${i + 1}: levererad enligt plan, uppföljning i nästa tertial` : null,
    }),
  );
}

const CLEAN = { error: 0, warning: 0, info: 0 };
const AT = '2011-12-31T14:05:00+01:00';

it('keeps the values of 10 000 actions in a record under 2 MB, and tells the one value changed', async () => {
  const list = actions(10_000);
  const json = sealToJson(await createSeal(makePlan({ actions: list }), CLEAN, 'Anna Berg', AT));
  expect(json.length).toBeLessThan(2 * 1024 * 1024);
  const edited = makePlan({ actions: list.map((a, i) => (i === 4_321 ? { ...a, spent: { ...a.spent, raw: -1, value: -1 } } : a)) });
  expect(await checkSeal(json, edited)).toMatchObject({
    state: 'changed',
    valuesKept: true,
    changes: [{ kind: 'value', key: id(4_321), field: 'spent', before: 'n:4321', after: 'n:-1' }],
  });
});

it('keeps digests only above 10 000 actions, and still names the action changed', async () => {
  const list = actions(20_000);
  const json = sealToJson(await createSeal(makePlan({ actions: list }), CLEAN, 'Anna Berg', AT));
  expect(json.length / 20_000).toBeLessThan(32);
  const edited = makePlan({ actions: list.map((a, i) => (i === 12_345 ? { ...a, spent: { ...a.spent, raw: -1, value: -1 } } : a)) });
  expect(await checkSeal(json, edited)).toMatchObject({
    state: 'changed',
    valuesKept: false,
    tables: ['actions'],
    changes: [{ kind: 'row', table: 'actions', key: id(12_345), field: null }],
    added: [],
    removed: [],
  });
});
