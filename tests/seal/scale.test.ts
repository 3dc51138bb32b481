/** The seal on a large plan: 20 000 actions, record size and time (docs/seal.md quotes these). */
import { makeAction, makePlan } from '../builders/model';
import { checkSeal, createSeal, sealToJson } from '../../src/domain/seal';

const N = 20_000;

it(`seals and checks ${N} actions with a compact record`, async () => {
  const id = (i: number): string => `A${String(i + 1).padStart(5, '0')}`;
  const actions = Array.from({ length: N }, (_, i) =>
    makeAction({ id: id(i), budget: 1_000 + i, shares: { Mora: 1_000 + i, Orsa: 0, Älvdalen: 0 }, spent: i }),
  );
  const model = makePlan({ actions });

  const t0 = performance.now();
  const json = sealToJson(await createSeal(model, { error: 0, warning: 0, info: 0 }, 'Anna Berg', '2011-12-31T14:05:00+01:00'));
  const sealMs = performance.now() - t0;
  expect(json.length / N).toBeLessThan(32);

  const edited = makePlan({ actions: actions.map((a, i) => (i === 12_345 ? { ...a, spent: { ...a.spent, raw: -1, value: -1 } } : a)) });
  const t1 = performance.now();
  const check = await checkSeal(json, edited);
  const checkMs = performance.now() - t1;
  expect(check).toMatchObject({ state: 'changed', tables: ['Åtgärder'], changed: [id(12_345)], added: [], removed: [] });
  // Generous bounds: the machine is shared; on an idle one both take a few hundred milliseconds.
  expect(sealMs).toBeLessThan(5_000);
  expect(checkMs).toBeLessThan(5_000);
  console.log(`seal ${N} actions: ${Math.round(sealMs)} ms, check ${Math.round(checkMs)} ms, record ${Math.round(json.length / 1024)} kB`);
});
