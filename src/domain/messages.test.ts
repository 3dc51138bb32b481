import type { RawFinding } from './finding';
import { formatAmount, formatPercent } from './messages';
import { RULE_CODES, renderMessage } from './rules';

const NBSP = '\u00a0';
const f = (x: Omit<RawFinding, 'sheet' | 'cell'> & Partial<RawFinding>): RawFinding => ({ sheet: 'Åtgärder', cell: 'A1', ...x });

describe('formatting', () => {
  it('writes amounts sv-SE style with no-break spaces and öre after a comma', () => {
    expect(formatAmount(2_290_000)).toBe(`2${NBSP}290${NBSP}000${NBSP}kr`);
    expect(formatAmount(1234.5)).toBe(`1${NBSP}234,50${NBSP}kr`);
    expect(formatAmount(0.01)).toBe(`0,01${NBSP}kr`);
    expect(formatAmount(-450)).toBe(`\u2212450${NBSP}kr`); // a true minus sign
    // Huge amounts: digits, never `Infinity,NaN kr` or `1e+23,16 kr`.
    expect(formatAmount(1e23)).toBe(`100${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}kr`);
    expect(formatAmount(-1e308)).toMatch(/^\u2212100(\u00a0000){102}\u00a0kr$/);
    expect(formatAmount(999)).toBe(`999${NBSP}kr`);
  });

  it('rounds a half öre away from zero, as roundOre does', () => {
    expect(formatAmount(1.005)).toBe(`1,01${NBSP}kr`);
    expect(formatAmount(-0.005)).toBe(`\u22120,01${NBSP}kr`);
    expect(formatAmount(-0.004)).toBe(`0${NBSP}kr`);
  });

  it('writes percent with two decimals', () => {
    expect(formatPercent(58.5677, 'sv')).toBe(`58,57${NBSP}%`);
    expect(formatPercent(58.5677, 'en')).toBe('58.57%');
  });
});

describe('renderMessage', () => {
  it('has a message for every code in both languages, even without detail', () => {
    for (const code of RULE_CODES) {
      for (const lang of ['sv', 'en'] as const) {
        const bare = renderMessage(f({ code }), lang);
        expect(bare.length).toBeGreaterThan(10);
        expect(bare).not.toMatch(/undefined|null|NaN|\[object/);
      }
      expect(renderMessage(f({ code }), 'sv')).not.toBe(renderMessage(f({ code }), 'en'));
    }
  });

  it('names the action and formats amounts (B003)', () => {
    const raw = f({ code: 'B003', actionId: 'A09', expected: 240_000, actual: 239_550 });
    expect(renderMessage(raw, 'sv')).toBe(
      `Åtgärd A09: Kommunernas andelar summerar till 239${NBSP}550${NBSP}kr men budgeten är 240${NBSP}000${NBSP}kr (skillnad \u2212450${NBSP}kr).`,
    );
    expect(renderMessage(raw, 'en')).toBe(
      `Action A09: The municipalities' shares sum to 239${NBSP}550${NBSP}kr but the budget is 240${NBSP}000${NBSP}kr (difference \u2212450${NBSP}kr).`,
    );
  });

  it('defaults to Swedish', () => {
    expect(renderMessage(f({ code: 'R001', actionId: 'A1' }))).toBe('Åtgärd A1: Ansvarig saknas.');
  });

  it('renders the structure findings with readPlan’s details', () => {
    expect(renderMessage(f({ code: 'S001', sheet: 'Roller', detail: { object: 'Roller' } }), 'sv')).toBe(
      'Bladet eller tabellen Roller saknas. Den krävs för kontrollen.',
    );
    expect(renderMessage(f({ code: 'S003', expected: 'Budget (kr)', detail: { object: 'Åtgärder', column: 'Budget (kr)' } }), 'en')).toBe(
      'Column "Budget (kr)" is missing from Åtgärder (Actions).',
    );
    expect(renderMessage(f({ code: 'S004', actual: 'Budget', detail: { object: 'Åtgärder', column: 'Budget (kr)', header: 'Budget' } }), 'sv')).toBe(
      'Kolumnen ”Budget” i Åtgärder avser samma fält som en tidigare kolumn (Budget (kr)); den första används.',
    );
    expect(renderMessage(f({ code: 'S005', sheet: 'Finansiering', expected: 'Orsa', detail: { object: 'Åtgärder', municipality: 'Orsa' } }), 'sv')).toBe(
      'Kommunen Orsa i Finansiering har ingen kolumn i Åtgärder.',
    );
  });

  it('S002 for the Plan says what happens without it (B004 falls back to Finansiering)', () => {
    const m = renderMessage(f({ code: 'S002', sheet: 'Plan', detail: { object: 'Plan', skipped: 'B004, B006' } }), 'sv');
    expect(m).toContain('B006 över');
    expect(m).toContain('B004 jämför med summan i Finansiering');
    expect(renderMessage(f({ code: 'S002', sheet: 'Mål', detail: { object: 'Mål', skipped: 'P003, P008' } }), 'en')).toBe(
      'The sheet or table Mål (Goals) is missing. It is optional, but the checks that need it are skipped (P003, P008).',
    );
  });

  it('B004 says which total it compared with', () => {
    expect(renderMessage(f({ code: 'B004', expected: 3_910_000, actual: 3_900_000, detail: { basis: 'financing' } }), 'sv')).toContain(
      'andelarna i Finansiering summerar till 3',
    );
    expect(renderMessage(f({ code: 'B004', expected: 3_910_000, actual: 3_900_000, detail: { basis: 'plan' } }), 'sv')).toContain('planens totala budget');
  });

  it('B008 names the municipalities, the tolerance and the percentages', () => {
    const raw = f({ code: 'B008', actionId: 'A7', expected: 50, actual: 60, detail: { municipalities: 'Mora, Orsa', municipality: 'Mora', tolerance: 0.5 } });
    expect(renderMessage(raw, 'sv')).toBe(
      `Åtgärd A7: Fördelningen avviker från fördelningsnyckeln med mer än 0,5 %-enheter för Mora, Orsa: Mora står för 60,00${NBSP}% mot nyckelns 50,00${NBSP}%.`,
    );
  });

  it('P007 counts the days late', () => {
    const raw = f({ code: 'P007', actionId: 'A11', expected: '2011-11-30', actual: '2011-12-31', detail: { daysLate: 31 } });
    expect(renderMessage(raw, 'en')).toBe(
      'Action A11: Overdue: the end date was 2011-11-30, 31 days before the report date 2011-12-31, and the action is neither Done nor Cancelled.',
    );
  });

  it('B001/P004 distinguish missing from unreadable, and translate the field', () => {
    expect(renderMessage(f({ code: 'B001', detail: { field: 'Utfall', problem: 'invalid' }, actual: 'mycket' }), 'en')).toBe('Spent is not an amount: "mycket".');
    expect(renderMessage(f({ code: 'B001', detail: { field: 'Budget', problem: 'blank' } }), 'sv')).toBe('Budget saknas.');
    expect(renderMessage(f({ code: 'P004', detail: { field: 'Slut', problem: 'blank' } }), 'en')).toBe('End is missing.');
  });

  it('keeps workbook text as plain text', () => {
    const raw = f({ code: 'R002', actual: '<img src=x onerror=alert(1)>' });
    expect(renderMessage(raw, 'sv')).toContain('<img src=x onerror=alert(1)>');
  });
});
