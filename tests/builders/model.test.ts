import { excelError, field, makeAction, makeGoal, makePlan, makeRole, textNumber } from './model';

const ore = (x: number): number => Math.round(x * 100);

describe('model builders', () => {
  it('default plan holds the founding figures, with every column summing to its share', () => {
    const plan = makePlan();
    expect(plan.info.totalBudget?.value).toBe(3_910_000);
    expect(plan.info.totalBudget?.ref).toEqual({ sheet: 'Plan', cell: 'B5' });
    expect(plan.financing?.map((m) => [m.name.value, m.share.value, m.share.ref.cell])).toEqual([
      ['Mora', 2_290_000, 'B2'],
      ['Orsa', 790_000, 'B3'],
      ['Älvdalen', 830_000, 'B4'],
    ]);
    const actions = plan.actions ?? [];
    expect(actions.reduce((s, a) => s + ore(a.budget.value ?? 0), 0)).toBe(ore(3_910_000));
    for (const m of plan.financing ?? []) {
      const col = actions.reduce((s, a) => s + ore(a.shares.find((x) => x.municipality === m.name.value)?.amount.value ?? 0), 0);
      expect(col).toBe(ore(m.share.value ?? NaN));
    }
    for (const a of actions) {
      expect(a.shares.reduce((s, x) => s + ore(x.amount.value ?? 0), 0)).toBe(ore(a.budget.value ?? NaN));
    }
  });

  it('places actions on consecutive rows in the standard layout', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1' }), makeAction({ id: 'A2', budget: 200_000 })] });
    const [a1, a2] = plan.actions ?? [];
    expect(a1.row).toBe(1);
    expect(a2.row).toBe(2);
    expect(a2.id.ref).toEqual({ sheet: 'Åtgärder', cell: 'A3' });
    expect(a2.budget.ref.cell).toBe('I3');
    expect(a2.shares.map((s) => s.amount.ref.cell)).toEqual(['J3', 'K3', 'L3']);
    expect(a2.spent.ref.cell).toBe('M3');
    expect(plan.locations.actions?.columnRange('Orsa')).toBe('K2:K3');
    expect(plan.locations.actions?.columnRange('budget')).toBe('I2:I3');
    expect(plan.locations.actions?.headerRange).toBe('A1:N1');
  });

  it('keeps explicit refs and rows, fills issues', () => {
    const a = makeAction({ budget: field(5, { sheet: 'X', cell: 'Z9' }), spent: excelError('#REF!'), start: null, row: 7 });
    const plan = makePlan({ actions: [a] });
    const got = plan.actions?.[0];
    expect(got?.row).toBe(7);
    expect(got?.budget.ref).toEqual({ sheet: 'X', cell: 'Z9' });
    expect(got?.spent).toMatchObject({ value: null, issue: 'excelError', raw: { error: '#REF!' }, ref: { cell: 'M8' } });
    expect(got?.start).toMatchObject({ value: null, issue: 'blank', ref: { cell: 'F8' } });
    expect(textNumber(10, '10 kr')).toMatchObject({ value: 10, raw: '10 kr', issue: 'textNumber' });
  });

  it('moves goals and roles, and null tables have no location', () => {
    const plan = makePlan({ goals: [makeGoal({ id: 'M7' }), makeGoal({ id: 'M8' })], roles: [makeRole(), makeRole({ role: 'X', limit: 'none' })], financing: null });
    expect(plan.goals?.[1].id.ref).toEqual({ sheet: 'Mål', cell: 'A3' });
    expect(plan.roles?.[1].limit).toEqual({ value: { kind: 'none' }, raw: null, ref: { sheet: 'Roller', cell: 'D3' } });
    expect(plan.financing).toBeNull();
    expect(plan.locations.financing).toBeNull();
    expect(plan.municipalityColumns).toEqual(['Mora', 'Orsa', 'Älvdalen']);
  });
});
