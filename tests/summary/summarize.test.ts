import { summarize } from '../../src/domain/summary/summarize';
import { toSummaryJson } from '../../src/domain/summary/json';
import type { Action, PlanModel } from '../../src/domain/model';
import { field, invalid, makeAction, makeGoal, makeMunicipality, makePlan } from '../builders/model';

const REPORT = '2011-06-30';

describe('summarize on the default 2011 plan (hand-computed)', () => {
  const s = summarize(makePlan(), REPORT);

  it('totals the budget, spending and action counts', () => {
    expect(s.totals).toEqual({
      budget: 3_910_000,
      spent: 1_350_000,
      remaining: 2_560_000,
      percentSpent: 1_350_000 / 3_910_000,
      actions: 3,
      done: 1,
      overdue: 0,
    });
  });

  it('sums each municipality column and splits spending pro rata to the öre', () => {
    // Mora: 950 000 × 585 678/1 000 000 + 400 000 × 1 118 644/1 910 000 = 556 394.10 + 234 270.99… = 790 665.09
    // Orsa: 950 000 × 202 046/1 000 000 + 400 000 × 385 908/1 910 000 = 191 943.70 + 80 818.43 = 272 762.13
    // Älvdalen: 201 662.20 + 84 910.58 = 286 572.78; the three sum to 1 350 000.00
    expect(s.byMunicipality).toEqual([
      { name: 'Mora', budget: 2_290_000, spent: 790_665.09, remaining: 1_499_334.91 },
      { name: 'Orsa', budget: 790_000, spent: 272_762.13, remaining: 517_237.87 },
      { name: 'Älvdalen', budget: 830_000, spent: 286_572.78, remaining: 543_427.22 },
    ]);
  });

  it('carries the plan header', () => {
    expect(s.plan).toEqual({
      name: 'Handlingsplan för styrning av IS/IT',
      reportDate: REPORT,
      decisionDate: '2011-02-22',
      decidedBy: 'Kommunstyrelsen',
      totalBudget: 3_910_000,
    });
  });

  it('lists every goal of Mål in order; a finished goal at 95 % spent stays green', () => {
    expect(s.byGoal.map((g) => [g.id, g.actions, g.done, g.budget, g.spent, g.light])).toEqual([
      ['M1', 1, 1, 1_000_000, 950_000, 'green'],
      ['M2', 1, 0, 1_910_000, 400_000, 'green'],
      ['M3', 1, 0, 1_000_000, 0, 'green'],
    ]);
  });

  it('counts all five statuses in SPEC order, zeros included, no unknown row', () => {
    expect(s.byStatus).toEqual([
      { status: 'notStarted', count: 1 },
      { status: 'inProgress', count: 1 },
      { status: 'done', count: 1 },
      { status: 'delayed', count: 0 },
      { status: 'cancelled', count: 0 },
    ]);
  });

  it('gives the --json shape of SPEC §5 exactly (no sheet-only percentSpent)', () => {
    const json = toSummaryJson(s);
    expect(Object.keys(json)).toEqual(['plan', 'totals', 'byMunicipality', 'byGoal', 'byStatus', 'overdue']);
    expect(Object.keys(json.totals)).toEqual(['budget', 'spent', 'remaining', 'actions', 'done', 'overdue']);
    expect(Object.keys(json.byGoal[0])).toEqual(['id', 'name', 'actions', 'done', 'overdue', 'budget', 'spent', 'light']);
  });
});

function planOf(actions: Action[], goals = [makeGoal({ id: 'M1', name: 'Mål ett' })]): PlanModel {
  return makePlan({ actions, goals });
}

function lightOf(actions: Action[]): string {
  return summarize(planOf(actions), REPORT).byGoal[0].light;
}

describe('traffic lights', () => {
  it('red when an action is overdue: end before the report date and neither Klar nor Avbruten', () => {
    expect(lightOf([makeAction({ end: '2011-05-31', status: 'inProgress', budget: 100_000, spent: 0 })])).toBe('red');
  });

  it('not overdue when the late action is Klar or Avbruten, nor when it ends on the report date', () => {
    expect(lightOf([makeAction({ end: '2011-05-31', status: 'done', budget: 100_000, spent: 50_000 })])).toBe('green');
    expect(lightOf([makeAction({ end: '2011-05-31', status: 'cancelled', budget: 100_000, spent: 0 })])).toBe('green');
    expect(lightOf([makeAction({ end: REPORT, status: 'inProgress', budget: 100_000, spent: 0 })])).toBe('green');
  });

  it('red when spent exceeds budget, even by one öre', () => {
    expect(lightOf([makeAction({ status: 'done', budget: 100_000, spent: 100_000.01 })])).toBe('red');
    expect(lightOf([makeAction({ status: 'done', budget: 100_000, spent: 100_000 })])).toBe('green');
  });

  it('amber when an action is Försenad', () => {
    expect(lightOf([makeAction({ status: 'delayed', budget: 100_000, spent: 0 })])).toBe('amber');
  });

  it('amber at 90 % spent with an action not Klar; green just below', () => {
    expect(lightOf([makeAction({ status: 'inProgress', budget: 100_000, spent: 90_000 })])).toBe('amber');
    expect(lightOf([makeAction({ status: 'inProgress', budget: 100_000, spent: 89_999.99 })])).toBe('green');
  });

  it('green for a goal with no budget and no spending, and for a goal without actions', () => {
    expect(lightOf([makeAction({ status: 'notStarted', budget: 0, shares: { Mora: 0, Orsa: 0, Älvdalen: 0 }, spent: null })])).toBe('green');
    const s = summarize(planOf([], [makeGoal({ id: 'M9', name: 'Tom' })]), REPORT);
    expect(s.byGoal).toEqual([{ id: 'M9', name: 'Tom', actions: 0, done: 0, overdue: 0, budget: 0, spent: 0, light: 'green' }]);
  });
});

describe('overdue list', () => {
  it('lists ID, action, responsible, end and days late, longest overdue first', () => {
    const s = summarize(
      planOf([
        makeAction({ id: 'A1', name: 'Kort sen', responsible: 'IT-chef', end: '2011-06-20', status: 'inProgress' }),
        makeAction({ id: 'A2', name: 'Klar i tid', end: '2011-01-31', status: 'done' }),
        makeAction({ id: 'A3', name: 'Mycket sen', responsible: 'Ekonomichef', end: '2011-01-31', status: 'delayed' }),
      ]),
      REPORT,
    );
    expect(s.overdue).toEqual([
      { id: 'A3', action: 'Mycket sen', responsible: 'Ekonomichef', end: '2011-01-31', daysLate: 150 },
      { id: 'A1', action: 'Kort sen', responsible: 'IT-chef', end: '2011-06-20', daysLate: 10 },
    ]);
    expect(s.totals.overdue).toBe(2);
    expect(s.byGoal[0]).toMatchObject({ overdue: 2, light: 'red' });
  });
});

describe('per municipality', () => {
  it('splits an action’s spending by its own shares, not by the allocation key', () => {
    const s = summarize(
      makePlan({
        financing: [makeMunicipality({ name: 'Mora', share: 300 }), makeMunicipality({ name: 'Orsa', share: 0 })],
        actions: [makeAction({ budget: 300, shares: { Mora: 200, Orsa: 100 }, spent: 150 })],
      }),
      REPORT,
    );
    expect(s.byMunicipality).toEqual([
      { name: 'Mora', budget: 200, spent: 100, remaining: 100 },
      { name: 'Orsa', budget: 100, spent: 50, remaining: 50 },
    ]);
  });

  it('an action with no spending adds its shares to budget and nothing to spent', () => {
    const s = summarize(planOf([makeAction({ budget: 3_910_000, spent: null })]), REPORT);
    expect(s.byMunicipality.map((m) => m.spent)).toEqual([0, 0, 0]);
    expect(s.byMunicipality.map((m) => m.budget)).toEqual([2_290_000, 790_000, 830_000]);
    expect(s.totals).toMatchObject({ spent: 0, remaining: 3_910_000, percentSpent: 0 });
  });

  it('skips a zero-budget action in the pro-rata split (its spending still counts in the totals)', () => {
    const s = summarize(planOf([makeAction({ budget: 0, shares: { Mora: 0, Orsa: 0, Älvdalen: 0 }, spent: 500 })]), REPORT);
    expect(s.byMunicipality.map((m) => m.spent)).toEqual([0, 0, 0]);
    expect(s.totals.spent).toBe(500);
    expect(s.totals.percentSpent).toBeNull();
  });
});

describe('bad input never throws', () => {
  it('groups blank and unknown MålIDs under “(utan mål)”', () => {
    const s = summarize(
      planOf([
        makeAction({ id: 'A1', goalId: 'M1', budget: 100 }),
        makeAction({ id: 'A2', goalId: null, budget: 200 }),
        makeAction({ id: 'A3', goalId: 'M77', budget: 300 }),
      ]),
      REPORT,
    );
    expect(s.byGoal.map((g) => [g.id, g.name, g.actions, g.budget])).toEqual([
      ['M1', 'Mål ett', 1, 100],
      [null, '(utan mål)', 2, 500],
    ]);
  });

  it('matches MålID ignoring case and surrounding spaces', () => {
    const s = summarize(planOf([makeAction({ goalId: ' m1 ' })]), REPORT);
    expect(s.byGoal.map((g) => [g.id, g.actions])).toEqual([['M1', 1]]);
  });

  it('without Mål, the goals are the MålIDs the actions use', () => {
    const s = summarize(makePlan({ goals: null, actions: [makeAction({ goalId: 'X' }), makeAction({ goalId: 'Y' }), makeAction({ goalId: 'X' })] }), REPORT);
    expect(s.byGoal.map((g) => [g.id, g.actions])).toEqual([
      ['X', 2],
      ['Y', 1],
    ]);
  });

  it('counts unreadable amounts as 0 and unreadable statuses as unknown, with an unknown status row', () => {
    const s = summarize(
      planOf([
        makeAction({ budget: invalid('abc'), shares: { Mora: null, Orsa: 10, Älvdalen: invalid('x') }, spent: invalid('?'), status: invalid('Typ klar') }),
        makeAction({ end: invalid('2011-13-45'), status: null, budget: 50, shares: { Mora: 50, Orsa: 0, Älvdalen: 0 }, spent: 5 }),
      ]),
      REPORT,
    );
    expect(s.totals).toMatchObject({ budget: 50, spent: 5, actions: 2, done: 0, overdue: 0 });
    expect(s.byStatus.at(-1)).toEqual({ status: 'unknown', count: 2 });
    expect(s.byStatus).toHaveLength(6);
    expect(s.byMunicipality.map((m) => m.budget)).toEqual([50, 10, 0]);
  });

  it('an action past its end with an unknown status is overdue (P007: neither Klar nor Avbruten)', () => {
    const s = summarize(planOf([makeAction({ end: '2011-06-29', status: null })]), REPORT);
    expect(s.overdue.map((o) => o.daysLate)).toEqual([1]);
  });

  it('survives missing tables and a model without plan info', () => {
    const empty = makePlan({ info: { present: false }, financing: null, goals: null, roles: null, actions: null, municipalityColumns: [] });
    const s = summarize(empty, REPORT);
    expect(s.plan).toEqual({ name: '', reportDate: REPORT });
    expect(s.totals).toEqual({ budget: 0, spent: 0, remaining: 0, percentSpent: null, actions: 0, done: 0, overdue: 0 });
    expect(s.byMunicipality).toEqual([]);
    expect(s.byGoal).toEqual([]);
    expect(s.overdue).toEqual([]);
    expect(s.byStatus.map((x) => x.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('tolerates fields that are missing altogether (null) in a hand-made model', () => {
    const broken = { ...makeAction(), budget: null, spent: undefined, status: null, end: null } as unknown as Action;
    expect(() => summarize(planOf([broken]), REPORT)).not.toThrow();
    expect(summarize(planOf([broken]), REPORT).totals).toMatchObject({ budget: 0, spent: 0, actions: 1 });
  });

  it('rounds amounts to öre', () => {
    const s = summarize(planOf([makeAction({ budget: field(0.1 + 0.2), shares: { Mora: 0.3, Orsa: 0, Älvdalen: 0 }, spent: 0.105 })]), REPORT);
    expect(s.totals.budget).toBe(0.3);
    expect(s.totals.spent).toBe(0.11);
  });
});
