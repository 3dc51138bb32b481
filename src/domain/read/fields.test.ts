/** The field parsers (text, amount, date, status, percent, decision limit) against model.ts's contract. */
import type { Ref } from '../model';
import { isoToSerial } from '../dates';
import { readAmount } from './amount';
import { readDate } from './date';
import { readDecisionLimit } from './decisionLimit';
import { readPercent } from './percent';
import { readStatus } from './status';
import { readText } from './text';

const ref: Ref = { sheet: 'Åtgärder', cell: 'J7' };
const REF_ERROR = { error: '#REF!' };

describe('readText', () => {
  it('trims text and keeps the ref and raw value', () => {
    expect(readText('  IT-chef ', ref)).toEqual({ value: 'IT-chef', raw: '  IT-chef ', ref });
  });
  it('reads numbers as their text', () => expect(readText(12, ref).value).toBe('12'));
  it.each([null, '', '   '])('blank %j', (raw) => expect(readText(raw, ref)).toEqual({ value: null, raw, ref, issue: 'blank' }));
  it('Excel error and boolean', () => {
    expect(readText(REF_ERROR, ref).issue).toBe('excelError');
    expect(readText(true, ref)).toEqual({ value: null, raw: true, ref, issue: 'invalid' });
  });
  it('keeps a formula-looking text as text', () => expect(readText('=HYPERLINK("x")', ref).value).toBe('=HYPERLINK("x")'));
});

describe('readAmount', () => {
  it('a number is the value, without issue', () => expect(readAmount(2_290_000.5, ref)).toEqual({ value: 2_290_000.5, raw: 2_290_000.5, ref }));
  it('text that reads as a number: value and textNumber', () => {
    expect(readAmount('2 290 000 kr', ref)).toEqual({ value: 2_290_000, raw: '2 290 000 kr', ref, issue: 'textNumber' });
    expect(readAmount('2 290 000,50', ref).value).toBe(2_290_000.5);
  });
  it.each([
    [null, 'blank'], ['  ', 'blank'], [REF_ERROR, 'excelError'], [{ error: '#DIV/0!' }, 'excelError'],
    ['abc', 'invalid'], [true, 'invalid'], [false, 'invalid'], [Number.NaN, 'invalid'],
  ])('%j → %s with value null', (raw, issue) => {
    const f = readAmount(raw, ref);
    expect(f.value).toBeNull();
    expect(f.issue).toBe(issue);
  });
  it('keeps negatives (B002 judges them)', () => expect(readAmount(-5, ref).value).toBe(-5));
});

describe('readDate', () => {
  it('serial number → ISO', () => expect(readDate(isoToSerial('2011-02-22'), ref)).toEqual({ value: '2011-02-22', raw: 40596, ref }));
  it('ISO text', () => expect(readDate(' 2011-06-30 ', ref).value).toBe('2011-06-30'));
  it.each(['2011-13-45', '30/6/2011', '2011-6-30', 'snart', true, -3, 0])('%j is invalid', (raw) => {
    expect(readDate(raw, ref)).toEqual({ value: null, raw, ref, issue: 'invalid' });
  });
  it('blank and error', () => {
    expect(readDate(null, ref).issue).toBe('blank');
    expect(readDate({ error: '#VALUE!' }, ref).issue).toBe('excelError');
  });
});

describe('readStatus', () => {
  it('Swedish and English, any case, no diacritics needed', () => {
    expect(readStatus('PÅGÅR', ref).value).toBe('inProgress');
    expect(readStatus('ej paborjad', ref).value).toBe('notStarted');
    expect(readStatus('Done', ref).value).toBe('done');
  });
  it('unknown → invalid, blank → blank', () => {
    expect(readStatus('Nästan klar', ref)).toEqual({ value: null, raw: 'Nästan klar', ref, issue: 'invalid' });
    expect(readStatus(3, ref).issue).toBe('invalid');
    expect(readStatus(null, ref).issue).toBe('blank');
    expect(readStatus({ error: '#N/A' }, ref).issue).toBe('excelError');
  });
});

describe('readPercent', () => {
  it('≤ 1 is a fraction', () => expect(readPercent(0.5857, ref)).toEqual({ value: 0.5857, raw: 0.5857, ref }));
  it('1 is 100 %', () => expect(readPercent(1, ref).value).toBe(1));
  it('> 1 is percent points', () => expect(readPercent(58.57, ref).value).toBeCloseTo(0.5857, 10));
  it('text with a percent sign is percent points', () => {
    const f = readPercent('58,57 %', ref);
    expect(f.value).toBeCloseTo(0.5857, 10);
    expect(f.issue).toBe('textNumber');
  });
  it('text without a sign follows the number rule', () => {
    expect(readPercent('0,2', ref)).toEqual({ value: 0.2, raw: '0,2', ref, issue: 'textNumber' });
    expect(readPercent('20,2', ref).value).toBeCloseTo(0.202, 10);
  });
  it('blank, error, invalid', () => {
    expect(readPercent(null, ref).issue).toBe('blank');
    expect(readPercent({ error: '#DIV/0!' }, ref).issue).toBe('excelError');
    expect(readPercent('mycket', ref).issue).toBe('invalid');
  });
});

describe('readDecisionLimit', () => {
  it('blank = no decision authority, not an issue', () => {
    expect(readDecisionLimit(null, ref)).toEqual({ value: { kind: 'none' }, raw: null, ref });
    expect(readDecisionLimit(' ', ref).value).toEqual({ kind: 'none' });
  });
  it.each(['obegränsad', 'Obegransad', 'UNLIMITED', ' unlimited '])('%j = no limit', (raw) =>
    expect(readDecisionLimit(raw, ref)).toEqual({ value: { kind: 'unlimited' }, raw, ref }),
  );
  it('a number is a limit', () => expect(readDecisionLimit(400_000, ref)).toEqual({ value: { kind: 'amount', amount: 400_000 }, raw: 400_000, ref }));
  it('text amount is a limit with textNumber', () => {
    expect(readDecisionLimit('1 200 000 kr', ref)).toEqual({ value: { kind: 'amount', amount: 1_200_000 }, raw: '1 200 000 kr', ref, issue: 'textNumber' });
  });
  it('anything else is invalid or an error', () => {
    expect(readDecisionLimit('mycket', ref)).toEqual({ value: null, raw: 'mycket', ref, issue: 'invalid' });
    expect(readDecisionLimit(true, ref).issue).toBe('invalid');
    expect(readDecisionLimit({ error: '#REF!' }, ref)).toEqual({ value: null, raw: { error: '#REF!' }, ref, issue: 'excelError' });
  });
});
