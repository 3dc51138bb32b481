import fc from 'fast-check';
import { summarize } from '../../src/domain/summary/summarize';
import type { Status } from '../../src/domain/model';
import { makeAction, makeGoal, makePlan } from '../builders/model';

const STATUSES: (Status | null)[] = ['notStarted', 'inProgress', 'done', 'delayed', 'cancelled', null];

const actionArb = fc.record({
  budget: fc.integer({ min: 0, max: 2_000_000 }),
  split: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
  spent: fc.option(fc.integer({ min: 0, max: 300_000_000 }).map((n) => n / 100), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  goal: fc.constantFrom('M1', 'M2', 'M3', 'X9', null),
  endDay: fc.integer({ min: 0, max: 700 }),
});

describe('summarize, properties over random plans', () => {
  it('keeps every action, every krona of budget, and every öre of pro-rata spending', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (inputs) => {
        const actions = inputs.map((a, i) => {
          const mora = Math.round(a.budget * Math.min(a.split[0], 1));
          const orsa = Math.round((a.budget - mora) * a.split[1]);
          const end = new Date(Date.UTC(2011, 0, 1 + a.endDay)).toISOString().slice(0, 10);
          return makeAction({
            id: `A${i + 1}`,
            budget: a.budget,
            shares: { Mora: mora, Orsa: orsa, Älvdalen: a.budget - mora - orsa },
            spent: a.spent,
            status: a.status,
            goalId: a.goal,
            end,
          });
        });
        const goals = [makeGoal({ id: 'M1', name: 'Ett' }), makeGoal({ id: 'M2', name: 'Två' }), makeGoal({ id: 'M3', name: 'Tre' })];
        const s = summarize(makePlan({ actions, goals }), '2011-12-31');

        const totalBudget = inputs.reduce((t, a) => t + a.budget, 0);
        expect(s.totals.budget).toBe(totalBudget);
        expect(s.byMunicipality.reduce((t, m) => t + m.budget, 0)).toBeCloseTo(totalBudget, 2);
        const splittable = inputs.reduce((t, a) => t + (a.budget > 0 ? (a.spent ?? 0) : 0), 0);
        expect(Math.abs(s.byMunicipality.reduce((t, m) => t + m.spent, 0) - splittable)).toBeLessThanOrEqual(0.02);

        expect(s.byStatus.reduce((t, x) => t + x.count, 0)).toBe(inputs.length);
        expect(s.byGoal.reduce((t, g) => t + g.actions, 0)).toBe(inputs.length);
        expect(s.byGoal.reduce((t, g) => t + g.overdue, 0)).toBe(s.overdue.length);
        for (const g of s.byGoal) expect(g.light === 'red').toBe(g.overdue > 0 || g.spent > g.budget);
        for (const o of s.overdue) expect(o.daysLate).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
