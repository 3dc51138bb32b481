/** The text report with follow-up data: forecast beside budget, trends as words with arrows, since-last, history. */
import { formatSummaryText } from '../../src/domain/summary/textReport';
import { summarize } from '../../src/domain/summary/summarize';
import { validate } from '../../src/domain/validate';
import { exampleSnapshot } from '../builders/snapshot';
import { snapshot } from './followUpFixture';

const result = validate(snapshot, { today: '2026-12-02' });
const summary = summarize(result.model, result.reportDate);
const lines = (lang: 'sv' | 'en'): string[] => formatSummaryText(summary, result.counts, lang).split('\n').map((l) => l.trimEnd());

describe('text report with follow-up data', () => {
  it('totals and rows carry forecast and deviation', () => {
    const sv = lines('sv');
    expect(sv).toContain('  Prognos             940 000 kr');
    expect(sv).toContain('  Avvikelse           60 000 kr');
    expect(sv).toContain('  Mora    640 000 kr  356 000 kr  284 000 kr  624 000 kr  16 000 kr');
  });

  it('each goal’s trend as a word with an arrow, then and now', () => {
    const sv = lines('sv');
    expect(sv.find((l) => l.startsWith('  M2     Röd'))).toContain('↓ Sämre');
    expect(sv).toContain('  M1     Gul      Grön     ↑ Bättre  Tydliga roller');
    expect(lines('en')).toContain('  M2      Green       Red        ↓ Worse   Stabil drift');
  });

  it('since the previous follow-up: period and date, spending then and now, the changed actions', () => {
    const sv = lines('sv');
    const at = sv.indexOf('Sedan förra uppföljningen');
    expect(sv.slice(at, at + 2)).toEqual(['Sedan förra uppföljningen', '  Förra uppföljningen: Tertial 2 (2011-08-31)']);
    expect(sv).toContain('  Mora    290 000 kr  356 000 kr   66 000 kr');
    expect(sv).toContain('  A3  Ny status               Pågår     Försenad  Driftmiljö');
    expect(sv).toContain('  A3  Har passerat slutdatum                      Driftmiljö');
    expect(sv).toContain('  A4  Tillagd                                     Övervakning');
    expect(sv).toContain('  A9  Borttagen');
  });

  it('the history, oldest first, the current follow-up last', () => {
    const sv = lines('sv');
    const at = sv.indexOf('Uppföljningar');
    expect(sv.slice(at + 2, at + 5)).toEqual([
      '  Tertial 1   2011-04-30    900 000 kr  155 000 kr  885 000 kr',
      '  Tertial 2   2011-08-31    900 000 kr  475 000 kr  805 000 kr',
      '  Helår 2011  2011-12-31  1 000 000 kr  560 000 kr  940 000 kr',
    ]);
  });

  it('without follow-up data, none of it', () => {
    const r = validate(exampleSnapshot(), { today: '2026-12-02' });
    const text = formatSummaryText(summarize(r.model, r.reportDate), r.counts, 'sv');
    for (const word of ['Prognos', 'Avvikelse', 'Trend', 'Sedan förra uppföljningen', 'Uppföljningar']) expect(text).not.toContain(word);
  });
});
