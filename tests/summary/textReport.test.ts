import { formatKronor, formatPercent, formatSummaryText } from '../../src/domain/summary/textReport';
import { summarize } from '../../src/domain/summary/summarize';
import { makeAction, makeGoal, makePlan } from '../builders/model';

describe('text report', () => {
  it('formats kronor the Swedish way with plain spaces', () => {
    expect(formatKronor(2_290_000)).toBe('2 290 000 kr');
    expect(formatKronor(1_341_005.93)).toBe('1 341 005,93 kr');
    expect(formatKronor(-500)).toBe('-500 kr');
    expect(formatPercent(0.58560)).toBe('58,6 %');
  });

  it('lists overdue actions with days late and goals with lights as words', () => {
    const plan = makePlan({
      goals: [makeGoal({ id: 'M1', name: 'Roller' })],
      actions: [makeAction({ id: 'A7', name: 'Skriv policy', responsible: 'IT-chef', goalId: 'M1', end: '2011-06-01', status: 'inProgress' })],
    });
    const text = formatSummaryText(summarize(plan, '2011-06-30'), { error: 0, warning: 1, info: 0 });
    expect(text).toContain('Validering: 0 fel, 1 varning');
    expect(text).toMatch(/^ {2}M1 +Röd +1 +0 +1 /m);
    expect(text).toMatch(/^ {2}A7 +2011-06-01 +29 +IT-chef +Skriv policy$/m);
  });

  it('writes English when asked', () => {
    const text = formatSummaryText(summarize(makePlan(), '2011-06-30'), null, 'en');
    expect(text).toContain('Report date: 2011-06-30');
    expect(text).toMatch(/^ {2}M1 +Green /m);
    expect(text).not.toContain('Validation');
  });
});
