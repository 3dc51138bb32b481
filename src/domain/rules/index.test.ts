import { RULE_CODES } from '../finding';
import { makeContext, makePlan } from '../../../tests/builders/model';
import { RULES, runRules } from './index';

describe('rule registry', () => {
  it('registers every code except the structure codes readPlan reports, once each', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(RULE_CODES.filter((c) => !['S001', 'S002', 'S003', 'S004', 'S005'].includes(c)).sort());
  });

  it('finds nothing in the default (valid) plan', () => {
    expect(runRules(makeContext(makePlan()))).toEqual([]);
  });

  it('each rule reports only its own code', () => {
    const plan = makePlan();
    for (const rule of RULES) for (const f of rule.check(makeContext(plan))) expect(f.code).toBe(rule.code);
  });
});
