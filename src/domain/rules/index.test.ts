import {
  excelError,
  noResult,
  invalid,
  makeAction,
  makeContext,
  makeFollowUp,
  makeGoal,
  makeMunicipality,
  makePlan,
  makeRole,
  textNumber,
} from '../../../tests/builders/model';
import type { RuleCode } from './index';
import { RULES, RULE_CODES, SEVERITY, familyOf, renderMessage, ruleOf, runRules } from './index';

/** One plan with every problem the rules know, each in its own cell. */
function everythingWrong() {
  return makePlan({
    info: { totalBudget: 2_000 }, // B004, B006
    financing: [
      makeMunicipality({ name: 'Mora', share: 600, percent: 0.7 }), // B007
      makeMunicipality({ name: 'Orsa', share: 400 }),
    ],
    goals: [makeGoal({ id: 'M1' }), makeGoal({ id: 'M2' })], // P008 (M2)
    roles: [
      makeRole({ role: 'Chef', name: 'Ann', limit: 100 }),
      makeRole({ role: 'Samordnare', name: null, limit: 'none' }), // R009
      makeRole({ role: 'chef', limit: 5 }), // R010
      makeRole({ role: 'Direktör', name: 'Bo', limit: 'unlimited' }),
    ],
    actions: [
      makeAction({ id: 'A1', budget: 200, shares: { Mora: 100, Orsa: 50 }, spent: excelError('#REF!'), decisionMaker: 'Chef' }), // B003, B008, S007, R005
      makeAction({ id: 'A2', budget: 2, shares: { Mora: -1, Orsa: 3 }, spent: invalid('x'), responsible: null, decisionMaker: null }), // B001, B002, R001, R003
      makeAction({ id: 'A3', budget: textNumber(10, '10 kr'), shares: { Mora: 6, Orsa: 4 }, spent: 11, responsible: 'X', decisionMaker: 'Y' }), // B010, B009, R002, R004
      makeAction({ id: 'A4', budget: 10, shares: { Mora: 6, Orsa: 4 }, responsible: 'Samordnare', decisionMaker: 'Samordnare' }), // R006, R007
      makeAction({ id: null, budget: 10, shares: { Mora: 6, Orsa: 4 }, responsible: 'Chef, Direktör', decisionMaker: 'Direktör' }), // P001, R008
      makeAction({ id: 'A4', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', goalId: 'M9' }), // P002, P003
      makeAction({ id: 'A7', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', start: invalid('snart'), end: '2011-01-01', status: 'inProgress' }), // P004, P007
      makeAction({ id: 'A8', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', start: '2011-05-01', end: '2011-04-01', status: invalid('Färdig') }), // P005, P006
      makeAction({ id: 'A9', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', status: 'done', spent: null }), // P009
      makeAction({ id: 'A10', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', comment: noResult('A1') }), // S006
      makeAction({ id: 'A10', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', forecast: 20, comment: 'Dyrare' }), // B011
      makeAction({ id: 'A11', budget: 10, shares: { Mora: 6, Orsa: 4 }, decisionMaker: 'Direktör', spent: 5, forecast: 3 }), // B012
    ],
    followUps: [
      makeFollowUp({ period: 'T1', date: '2011-04-30', id: 'A3', spent: 50 }), // U005 (A3 has spent 11 now)
      makeFollowUp({ period: 'T1', date: '2011-04-30', id: 'A4', status: 'done' }), // U007
      makeFollowUp({ period: 'T1', date: null, id: 'A7' }), // U001; A7 is overdue without comment: U006
      makeFollowUp({ period: 'T1', date: '2011-04-30', id: null }), // U002
      makeFollowUp({ period: 'T1', date: '2011-04-30', id: 'A99' }), // U003
      makeFollowUp({ period: 'Helår', date: '2011-12-31', id: 'A1' }), // U004
    ],
  });
}

/** The codes readPlan reports while it builds the model: their rules have no check. */
const READER_CODES: readonly RuleCode[] = ['S001', 'S002', 'S003', 'S004', 'S005', 'S008'];
const CHECKED = RULES.filter((r) => r.check !== undefined);

describe('rule registry', () => {
  it('registers each code once, with the codes, severities and families derived from it', () => {
    expect(new Set(RULE_CODES).size).toBe(RULES.length);
    expect(RULE_CODES).toEqual(RULES.map((r) => r.code));
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^[SBRPU]\d{3}$/);
      expect(SEVERITY[rule.code]).toBe(rule.severity);
      expect(ruleOf(rule.code)).toBe(rule);
      expect(familyOf(rule.code)).toBe(rule.family);
    }
    expect(ruleOf('X999')).toBeUndefined();
  });

  it('has a check for every code except the structure codes readPlan reports', () => {
    expect(RULES.filter((r) => r.check === undefined).map((r) => r.code)).toEqual(READER_CODES);
  });

  it('gives every rule a message in both languages', () => {
    for (const rule of RULES) {
      const raw = { code: rule.code, sheet: 'Åtgärder', cell: 'A1' };
      expect(renderMessage(raw, 'sv')).not.toBe(rule.code);
      expect(renderMessage(raw, 'en')).not.toBe(renderMessage(raw, 'sv'));
    }
  });

  it('finds nothing in the default (valid) plan', () => {
    expect(runRules(makeContext(makePlan()))).toEqual([]);
  });

  it('runs every rule with a check: a plan with every problem gives every such code', () => {
    const found = new Set(runRules(makeContext(everythingWrong())).map((f) => f.code));
    expect([...found].sort()).toEqual(CHECKED.map((r) => r.code).sort());
  });

  it('each rule reports only its own code', () => {
    const ctx = makeContext(everythingWrong());
    for (const rule of CHECKED) {
      const findings = rule.check?.(ctx) ?? [];
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f.code).toBe(rule.code);
    }
  });
});
