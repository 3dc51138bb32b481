/**
 * The seal on a large plan: 20 000 actions give a compact record, and a check still names the one changed
 * action. Times are measured by `npm run bench` (bench/seal.bench.ts), not asserted here.
 */
import { makeAction, makePlan } from '../builders/model';
import { checkSeal, createSeal, sealToJson } from '../../src/domain/seal';

const N = 20_000;

it(`seals ${N} actions in a compact record and names the one action changed since`, async () => {
  const id = (i: number): string => `A${String(i + 1).padStart(5, '0')}`;
  const actions = Array.from({ length: N }, (_, i) =>
    makeAction({ id: id(i), budget: 1_000 + i, shares: { Mora: 1_000 + i, Orsa: 0, Älvdalen: 0 }, spent: i }),
  );
  const json = sealToJson(await createSeal(makePlan({ actions }), { error: 0, warning: 0, info: 0 }, 'Anna Berg', '2011-12-31T14:05:00+01:00'));
  expect(json.length / N).toBeLessThan(32);

  const edited = makePlan({ actions: actions.map((a, i) => (i === 12_345 ? { ...a, spent: { ...a.spent, raw: -1, value: -1 } } : a)) });
  expect(await checkSeal(json, edited)).toMatchObject({ state: 'changed', tables: ['Åtgärder'], changed: [id(12_345)], added: [], removed: [] });
});
