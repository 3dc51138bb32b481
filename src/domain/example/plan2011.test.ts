import { ACTIONS, FINANCING, GOALS, MUNICIPALITIES, PLAN_INFO, ROLES } from './plan2011';

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('the example plan of 2011', () => {
  it('keeps the adopted figures exact: 3 910 000 = 2 290 000 + 790 000 + 830 000', () => {
    expect(PLAN_INFO.totalBudget).toBe(3_910_000);
    expect(FINANCING.map((f) => [f.municipality, f.share])).toEqual([
      ['Mora', 2_290_000],
      ['Orsa', 790_000],
      ['Älvdalen', 830_000],
    ]);
    expect(sum(ACTIONS.map((a) => a.budget))).toBe(3_910_000);
  });

  it("sums every action's shares to its budget and every column to the municipality's share", () => {
    for (const a of ACTIONS) expect([a.id, sum(a.shares)]).toEqual([a.id, a.budget]);
    MUNICIPALITIES.forEach((m, i) => {
      expect([m, sum(ACTIONS.map((a) => a.shares[i]))]).toEqual([m, FINANCING[i].share]);
    });
  });

  it('splits every action within 0.5 percentage points of the allocation key', () => {
    for (const a of ACTIONS) {
      FINANCING.forEach((f, i) => {
        const pp = Math.abs(a.shares[i] / a.budget - f.share / PLAN_INFO.totalBudget) * 100;
        expect(pp).toBeLessThan(0.5);
      });
    }
  });

  it('has the nine goals, each with an action, and 12–18 actions with unique IDs', () => {
    expect(GOALS.map((g) => g.id)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9']);
    for (const g of GOALS) expect(ACTIONS.some((a) => a.goalId === g.id)).toBe(true);
    expect(ACTIONS.length).toBeGreaterThanOrEqual(12);
    expect(ACTIONS.length).toBeLessThanOrEqual(18);
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });

  it('gives every action named roles, an authorised decision maker within its limit, and a schedule consistent with 2011-12-31', () => {
    const roles = new Map(ROLES.map((r) => [r.role, r]));
    for (const a of ACTIONS) {
      expect(roles.has(a.responsible)).toBe(true);
      const dm = roles.get(a.decisionMaker);
      expect(dm?.limit).not.toBeNull();
      if (typeof dm?.limit === 'number') expect(a.budget).toBeLessThanOrEqual(dm.limit);
      expect(a.responsible).not.toBe(a.decisionMaker);
      expect(a.start <= a.end).toBe(true);
      if (a.end < PLAN_INFO.reportDate) expect(a.status).toBe('Klar');
      if (a.status === 'Klar') expect(a.spent).not.toBeNull();
      if (a.spent !== null) expect(a.spent).toBeLessThanOrEqual(a.budget);
    }
  });
});
