import { makePlan } from '../../../tests/builders/model';
import type { SealCheck } from './checkSeal';
import { createSeal } from './createSeal';
import { describeSeal } from './describeSeal';

const AT = '2011-12-31T14:05:00+01:00';

async function changed(over: Partial<Extract<SealCheck, { state: 'changed' }>>): Promise<SealCheck> {
  const record = await createSeal(makePlan(), { error: 0, warning: 0, info: 0 }, 'Anna Berg', AT);
  return { state: 'changed', by: 'Anna Berg', at: AT, tables: [], added: [], removed: [], changed: [], reordered: false, record, ...over };
}

describe('describeSeal', () => {
  it('says who validated and when, as the sealer saw the clock', async () => {
    const record = await createSeal(makePlan(), { error: 0, warning: 0, info: 0 }, 'Anna Berg', AT);
    const check: SealCheck = { state: 'intact', by: 'Anna Berg', at: AT, record };
    expect(describeSeal(check, 'sv')).toBe('Validerad av Anna Berg 2011-12-31 14:05, oförändrad');
    expect(describeSeal(check, 'en')).toBe('Validated by Anna Berg on 2011-12-31 14:05, unchanged');
  });

  it('names changed tables and actions', async () => {
    const check = await changed({ tables: ['Finansiering', 'Åtgärder'], changed: ['A03'], added: ['A20', 'A21'], removed: ['A05'] });
    expect(describeSeal(check, 'sv')).toBe(
      'Ändrad sedan valideringen (Anna Berg 2011-12-31 14:05): Finansiering, Åtgärder (A03 ändrad; A20, A21 tillagda; A05 borttagen)',
    );
    expect(describeSeal(check, 'en')).toBe(
      'Changed since validation (Anna Berg 2011-12-31 14:05): Financing, Actions (A03 changed; A20, A21 added; A05 removed)',
    );
  });

  it('counts the rest beyond five IDs and labels actions without ID', async () => {
    const check = await changed({ tables: ['Åtgärder'], changed: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', '#1'] });
    expect(describeSeal(check, 'sv')).toContain('A1, A2, A3, A4, A5 och 2 till ändrade');
    const blank = await changed({ tables: ['Åtgärder'], added: ['#1'] });
    expect(describeSeal(blank, 'en')).toContain('(no ID #1) added');
  });

  it('says when rows were only reordered', async () => {
    expect(describeSeal(await changed({ tables: ['Åtgärder'], reordered: true }), 'sv')).toContain('Åtgärder (rader i annan ordning)');
  });

  it('describes absent and unreadable seals', () => {
    expect(describeSeal({ state: 'absent' }, 'sv')).toBe('Ej förseglad');
    expect(describeSeal({ state: 'absent' }, 'en')).toBe('Not sealed');
    expect(describeSeal({ state: 'invalid', reason: 'notJson' }, 'sv')).toBe('Förseglingen kan inte läsas (inte JSON)');
  });
});
