/**
 * The summary's follow-up figures, computed by hand for a small plan with two earlier follow-ups
 * (SPEC §3, §5, §7). Report date 2011-12-31, period Helår 2011; Mora and Orsa share the cost, A2 is
 * Mora's alone. Every figure below is worked out in the comments, to the krona.
 */
import { toSummaryJson } from '../../src/domain/summary/json';
import { summarize } from '../../src/domain/summary/summarize';
import { validate } from '../../src/domain/validate';
import { makeSnapshot } from '../builders/snapshot';
import { rows, snapshot } from './followUpFixture';

const result = validate(snapshot, { today: '2026-12-02' });
const summary = summarize(result.model, result.reportDate);

describe('a plan with two earlier follow-ups', () => {
  it('validates with the follow-up findings it should have, and no others', () => {
    // (One role is both Ansvarig and Beslutsfattare, and the splits depart from the key: R007 and B008, not the point here.)
    const followUpCodes = result.findings.filter((f) => /^(B01[12]|P007|U)/.test(f.code));
    expect(followUpCodes.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      // A2: Prognos 150 000 > budget 100 000 (its comment explains it, so no U006).
      'B011 Åtgärder!M3',
      // A3: overdue (Slut 2011-11-30) and Försenad, without a comment.
      'P007 Åtgärder!G4',
      'U006 Åtgärder!N4',
      // A9 is in both earlier follow-ups but no longer in Åtgärder.
      'U003 Uppföljning!C5',
      'U003 Uppföljning!C9',
    ]);
  });

  it('totals: forecast 300 000 (A1 Klar: its Utfall) + 150 000 + 400 000 (A3: max(budget, Utfall)) + 90 000 = 940 000', () => {
    expect(summary.totals).toMatchObject({ budget: 1_000_000, spent: 560_000, remaining: 440_000, forecast: 940_000, deviation: 60_000 });
  });

  it('per municipality, forecast split by share like spent', () => {
    // Mora: spent 300k×0.6 + 50k×1 + 200k×0.6 + 10k×0.6 = 356 000; forecast 180k + 150k + 240k + 54k = 624 000.
    // Orsa: spent 120k + 0 + 80k + 4k = 204 000; forecast 120k + 0 + 160k + 36k = 316 000.
    expect(summary.byMunicipality).toEqual([
      { name: 'Mora', budget: 640_000, spent: 356_000, remaining: 284_000, forecast: 624_000, deviation: 16_000 },
      { name: 'Orsa', budget: 360_000, spent: 204_000, remaining: 156_000, forecast: 316_000, deviation: 44_000 },
    ]);
  });

  it('per goal: forecast, deviation, light and trend against Tertial 2', () => {
    // M1 then: A2 Försenad → amber; now green → better. M2 then: A3 only (A4 added since), forecast 380 000
    // ≤ 400 000, nothing overdue on 2011-08-31 → green; now A3 is overdue → red → worse.
    expect(summary.byGoal).toEqual([
      { id: 'M1', name: 'Tydliga roller', actions: 2, done: 1, overdue: 0, budget: 500_000, spent: 350_000, forecast: 450_000, deviation: 50_000, light: 'green', trend: 'better' },
      { id: 'M2', name: 'Stabil drift', actions: 2, done: 0, overdue: 1, budget: 500_000, spent: 210_000, forecast: 490_000, deviation: 10_000, light: 'red', trend: 'worse' },
    ]);
  });

  it('since the previous follow-up: Tertial 2, spending per municipality then and now, the actions’ changes', () => {
    expect(summary.previous).toEqual({ period: 'Tertial 2', date: '2011-08-31' });
    // Then: Mora 300k×0.6 + 20k×1 + 150k×0.6 = 290 000; Orsa 120k + 0 + 60k = 180 000 (A9 has no shares now).
    expect(toSummaryJson(summary).sincePrevious).toEqual({
      byMunicipality: [
        { name: 'Mora', spentBefore: 290_000, spent: 356_000, change: 66_000 },
        { name: 'Orsa', spentBefore: 180_000, spent: 204_000, change: 24_000 },
      ],
      statusChanges: [
        { id: 'A2', action: 'Delegation', from: 'delayed', to: 'inProgress' },
        { id: 'A3', action: 'Driftmiljö', from: 'inProgress', to: 'delayed' },
      ],
      newlyOverdue: ['A3'],
      added: ['A4'],
      removed: ['A9'],
    });
    expect(summary.sincePrevious?.goals.map((g) => [g.id, g.before, g.now, g.trend])).toEqual([
      ['M1', 'amber', 'green', 'better'],
      ['M2', 'green', 'red', 'worse'],
    ]);
  });

  it('history, oldest first, the current follow-up last', () => {
    // Tertial 1: budget (as now) 400k + 100k + 400k + 0 (A9) = 900 000; spent 155 000;
    //   forecast 400 000 + max(100 000, 0) + 380 000 + max(0, 5 000) = 885 000.
    // Tertial 2: spent 475 000; forecast 300 000 + 120 000 + 380 000 + 5 000 (A9 Avbruten: its Utfall) = 805 000.
    expect(summary.history).toEqual([
      { period: 'Tertial 1', date: '2011-04-30', budget: 900_000, spent: 155_000, forecast: 885_000 },
      { period: 'Tertial 2', date: '2011-08-31', budget: 900_000, spent: 475_000, forecast: 805_000 },
      { period: 'Helår 2011', date: '2011-12-31', budget: 1_000_000, spent: 560_000, forecast: 940_000 },
    ]);
  });

  it('a report date between the follow-ups makes Tertial 1 the previous one', () => {
    const earlier = summarize(result.model, '2011-06-30');
    expect(earlier.previous).toEqual({ period: 'Tertial 1', date: '2011-04-30' });
    expect(earlier.history?.map((h) => h.period)).toEqual(['Tertial 1', 'Helår 2011']);
  });
});

const tablesWithout = (name: string) => snapshot.tables.filter((t) => t.name !== name).map((t) => ({ name: t.name, sheet: t.sheet, rows: t.range.values }));

describe('without follow-up data', () => {
  it('the summary and its JSON are exactly as before: no forecast, trend, previous, sincePrevious or history', () => {
    const withoutPrognos = rows.actions.map((r) => r.filter((_, j) => j !== 12));
    const plain = makeSnapshot({ tables: tablesWithout('Uppfoljning').map((t) => (t.name === 'Atgarder' ? { ...t, rows: withoutPrognos } : t)) });
    const r = validate(plain, { today: '2026-12-02' });
    const json = toSummaryJson(summarize(r.model, r.reportDate));
    expect(Object.keys(json)).toEqual(['plan', 'totals', 'byMunicipality', 'byGoal', 'byStatus', 'overdue']);
    expect(Object.keys(json.totals)).toEqual(['budget', 'spent', 'remaining', 'actions', 'done', 'overdue']);
    expect(Object.keys(json.byMunicipality[0])).toEqual(['name', 'budget', 'spent', 'remaining']);
    expect(Object.keys(json.byGoal[0])).toEqual(['id', 'name', 'actions', 'done', 'overdue', 'budget', 'spent', 'light']);
  });

  it('with a Prognos column only: forecasts, no previous follow-up, and the history is the current follow-up alone', () => {
    const prognosOnly = makeSnapshot({ tables: tablesWithout('Uppfoljning') });
    const r = validate(prognosOnly, { today: '2026-12-02' });
    const json = toSummaryJson(summarize(r.model, r.reportDate));
    expect(json.totals.forecast).toBe(940_000);
    expect(json.byGoal.map((g) => g.trend)).toEqual([null, null]);
    expect(json.previous).toBeNull();
    expect(json.sincePrevious).toBeNull();
    expect(json.history).toEqual([{ period: 'Helår 2011', date: '2011-12-31', budget: 1_000_000, spent: 560_000, forecast: 940_000 }]);
  });
});
