/**
 * A small plan with two earlier follow-ups (Tertial 1 2011-04-30, Tertial 2 2011-08-31), report date
 * 2011-12-31, period Helår 2011; Mora and Orsa share the cost, A2 is Mora's alone. The figures it gives
 * are worked out by hand in followUpSummary.test.ts.
 */
import { isoToSerial } from '../../src/domain/dates';
import type { CellValue } from '../../src/domain/snapshot';
import { makeSnapshot } from '../builders/snapshot';

const d = (iso: string): number => isoToSerial(iso) ?? NaN;

export const rows = {
  plan: [
    ['Egenskap', 'Värde'],
    ['Namn', 'Uppföljningsprov'],
    ['Total budget (kr)', 1_000_000],
    ['Rapportdatum', d('2011-12-31')],
    ['Uppföljningsperiod', 'Helår 2011'],
  ],
  financing: [['Kommun', 'Andel (kr)'], ['Mora', 640_000], ['Orsa', 360_000]],
  goals: [['MålID', 'Mål'], ['M1', 'Tydliga roller'], ['M2', 'Stabil drift']],
  roles: [['Roll', 'Namn', 'Organisation', 'Beslutsrätt (kr)'], ['Kommundirektör', 'Anna Berg', 'Mora kommun', 'obegränsad']],
  actions: [
    ['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Utfall (kr)', 'Prognos (kr)', 'Kommentar'],
    ['A1', 'Roller', 'M1', 'Kommundirektör', 'Kommundirektör', d('2011-03-01'), d('2011-06-30'), 'Klar', 400_000, 240_000, 160_000, 300_000, null, null],
    ['A2', 'Delegation', 'M1', 'Kommundirektör', 'Kommundirektör', d('2011-03-01'), d('2012-06-30'), 'Pågår', 100_000, 100_000, 0, 50_000, 150_000, 'Dyrare licenser; omförhandlas'],
    ['A3', 'Driftmiljö', 'M2', 'Kommundirektör', 'Kommundirektör', d('2011-03-01'), d('2011-11-30'), 'Försenad', 400_000, 240_000, 160_000, 200_000, null, null],
    ['A4', 'Övervakning', 'M2', 'Kommundirektör', 'Kommundirektör', d('2011-09-01'), d('2012-03-31'), 'Pågår', 100_000, 60_000, 40_000, 10_000, 90_000, null],
  ],
  followUp: [
    ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'],
    ['Tertial 1', d('2011-04-30'), 'A1', 100_000, 400_000, 'Pågår', null],
    ['Tertial 1', d('2011-04-30'), 'A2', 0, null, 'Ej påbörjad', null],
    ['Tertial 1', d('2011-04-30'), 'A3', 50_000, 380_000, 'Pågår', null],
    ['Tertial 1', d('2011-04-30'), 'A9', 5_000, null, 'Pågår', null],
    ['Tertial 2', d('2011-08-31'), 'A1', 300_000, 300_000, 'Klar', null],
    ['Tertial 2', d('2011-08-31'), 'A2', 20_000, 120_000, 'Försenad', 'Väntar på beslut'],
    ['Tertial 2', d('2011-08-31'), 'A3', 150_000, 380_000, 'Pågår', null],
    ['Tertial 2', d('2011-08-31'), 'A9', 5_000, null, 'Avbruten', 'Ersätts av A4'],
  ],
} satisfies Record<string, CellValue[][]>;

export const snapshot = makeSnapshot({
  tables: [
    { name: 'Plan', rows: rows.plan },
    { name: 'Finansiering', rows: rows.financing },
    { name: 'Mal', sheet: 'Mål', rows: rows.goals },
    { name: 'Roller', rows: rows.roles },
    { name: 'Atgarder', sheet: 'Åtgärder', rows: rows.actions },
    { name: 'Uppfoljning', sheet: 'Uppföljning', rows: rows.followUp },
  ],
});
