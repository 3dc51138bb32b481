import { defaultActions, makePlan, field } from '../../../tests/builders/model';
import type { Action } from '../model';
import { checkSeal } from './checkSeal';
import type { SealCheck } from './checkSeal';
import { createSeal } from './createSeal';
import { describeCopies, describeSeal } from './describeSeal';
import { changeLine, formatValue, rowLine } from './present';
import { sealToJson } from './record';

const AT = '2011-12-31T14:05:00+01:00';
const CLEAN = { error: 0, warning: 0, info: 0 };

async function sealed(): Promise<string> {
  return sealToJson(await createSeal(makePlan(), CLEAN, 'Anna Berg', AT));
}

function edit(fn: (as: Action[]) => Action[]): ReturnType<typeof makePlan> {
  return makePlan({ actions: fn(defaultActions()) });
}

describe('describeSeal', () => {
  it('says who validated and when, as the sealer saw the clock', async () => {
    const check = await checkSeal(await sealed(), makePlan());
    expect(describeSeal(check, 'sv')).toBe('Validerad av Anna Berg 2011-12-31 14:05, oförändrad');
    expect(describeSeal(check, 'en')).toBe('Validated by Anna Berg on 2011-12-31 14:05, unchanged');
  });

  it('names changed tables and rows, counting governing changes', async () => {
    const now = edit((as) => [{ ...as[0], budget: field(1, { raw: 1 }) }, as[2], { ...as[1], id: field('A20'), row: 20 }]);
    const check = await checkSeal(await sealed(), now);
    expect(describeSeal(check, 'sv')).toBe('Ändrad sedan valideringen (Anna Berg 2011-12-31 14:05): 1 styrande ändring; Åtgärder (A1 ändrad; A20 tillagd; A2 borttagen)');
    expect(describeSeal(check, 'en')).toBe('Changed since validation (Anna Berg 2011-12-31 14:05): 1 governing change; Actions (A1 changed; A20 added; A2 removed)');
  });

  it('counts the rest beyond five keys', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...defaultActions()[0], id: field(`N${i}`), row: 30 + i }));
    const check = await checkSeal(await sealed(), edit((as) => [...as, ...many]));
    expect(describeSeal(check, 'sv')).toContain('N0, N1, N2, N3, N4 och 3 till tillagda');
  });

  it('says when rows were only reordered', async () => {
    const check = await checkSeal(await sealed(), edit((as) => [as[1], as[0], as[2]]));
    expect(describeSeal(check, 'sv')).toContain('Åtgärder (rader i annan ordning)');
  });

  it('describes absent, unreadable and inconsistent seals', async () => {
    expect(describeSeal({ state: 'absent' }, 'sv')).toBe('Ej förseglad');
    expect(describeSeal({ state: 'absent' }, 'en')).toBe('Not sealed');
    expect(describeSeal({ state: 'invalid', reason: 'notJson', copies: ['part'] }, 'sv')).toBe('Förseglingen kan inte läsas (inte JSON)');
    const other = sealToJson(await createSeal(makePlan(), CLEAN, 'Bo Ek', AT));
    const check = await checkSeal({ part: await sealed(), sheet: other }, makePlan());
    expect(describeSeal(check, 'sv')).toBe(
      'Förseglingens två kopior stämmer inte överens. XML-delen: Validerad av Anna Berg 2011-12-31 14:05, oförändrad. Det dolda bladet: Validerad av Bo Ek 2011-12-31 14:05, oförändrad.',
    );
  });

  it('notes a lost copy', async () => {
    const check: SealCheck = await checkSeal({ part: null, sheet: await sealed() }, makePlan());
    expect(describeCopies(check, 'sv')).toBe('Förseglingen lästes från det dolda bladet; XML-delen saknas. Försegla igen för att återställa båda kopiorna.');
    expect(describeCopies(await checkSeal({ part: await sealed(), sheet: await sealed() }, makePlan()), 'en')).toBeNull();
  });
});

describe('changes as a controller reads them', () => {
  it('writes amounts in kronor, dates ISO, statuses in words, with the cell', async () => {
    const now = edit((as) => [
      { ...as[0], budget: field(157_400, { raw: 157_400, sheet: 'Åtgärder', cell: 'I2' }) },
      { ...as[1], end: field('2012-01-31', { raw: 40939 }), status: field('delayed', { raw: 'Försenad' }) },
      as[2],
    ]);
    const check = await checkSeal(await sealed(), now);
    if (check.state !== 'changed') throw new Error(check.state);
    const lines = check.changes.map((c) => changeLine(c, 'sv'));
    expect(lines[0]).toMatch(/^Åtgärder A1 · Budget \(kr\): 1\u00a0000\u00a0000\u00a0kr → 157\u00a0400\u00a0kr \(Åtgärder!I2\)$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Åtgärder A2 · Slut: \d{4}-\d\d-\d\d → 2012-01-31 /));
    expect(lines).toContainEqual(expect.stringMatching(/^Åtgärder A2 · Status: \S+ → Försenad /));
    expect(check.changes.map((c) => changeLine(c, 'en'))[0]).toMatch(/^Actions A1 · Budget: /);
  });

  it('shows what an ordinary rendering would hide', () => {
    expect(formatValue('n:85000', 'amount', 'sv')).toBe('85\u00a0000\u00a0kr');
    expect(formatValue('s:85 000 kr', 'amount', 'sv')).toBe('85 000 kr (som text)');
    expect(formatValue(null, 'text', 'en')).toBe('(empty)');
    expect(formatValue('n:0.5857', 'percent', 'sv')).toBe('58,57\u00a0%');
    expect(formatValue('b:1', 'text', 'sv')).toBe('SANT');
    expect(formatValue('e:#REF!', 'amount', 'sv')).toBe('#REF!');
  });

  it('lists added and removed rows as such', () => {
    expect(rowLine({ table: 'actions', key: 'A20', ref: { sheet: 'Åtgärder', cell: 'A21' }, governing: false }, 'added', 'sv')).toBe('Åtgärder A20: tillagd (Åtgärder!A21)');
    expect(rowLine({ table: 'roles', key: 'IT-chef', ref: null, governing: true }, 'removed', 'en')).toBe('Roles IT-chef: removed');
  });
});
