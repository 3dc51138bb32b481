/**
 * The example's two earlier follow-ups (SPEC §7): Tertial 1 (2011-04-30) and Tertial 2 (2011-08-31), one
 * row per action, so that the summary at 2011-12-31 has a previous follow-up, a trend and a history.
 *
 * The story they tell, besides steady progress:
 * - M9 *improves*: at Tertial 2 the server hall (A17) was forecast at 700 000 kr against its 650 000 kr,
 *   a forecast overrun explained in Kommentar (a price rise on the backup power); the goal was red. The
 *   contract was renegotiated and the forecast is back at the budget: green at the year's end.
 * - M5 *gets worse*: the ordering roles (A10) were on track at Tertial 2 and are Försenad now: amber.
 *
 * Spent grows between follow-ups (a period's Utfall is a share of today's by how far the action had come);
 * an action Klar at Tertial 2 is Klar now, with the same Utfall. So the clean example stays free of findings.
 */
import { ACTIONS } from './plan2011';
import type { ExampleAction } from './plan2011';

export interface ExampleFollowUp {
  readonly period: string;
  readonly date: string;
  readonly id: string;
  readonly spent: number | null;
  readonly forecast: number;
  readonly status: ExampleAction['status'];
  readonly comment: string | null;
}

export const FOLLOW_UPS: readonly { readonly period: string; readonly date: string }[] = [
  { period: 'Tertial 1', date: '2011-04-30' },
  { period: 'Tertial 2', date: '2011-08-31' },
];

const DAY = 86_400_000;
const time = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** How far an action had come on `date`: 0 before its start, 1 at its end. */
function progress(a: ExampleAction, date: string): number {
  const span = Math.max(DAY, time(a.end) - time(a.start));
  return Math.min(1, Math.max(0, (time(date) - time(a.start)) / span));
}

/** Notes the controller wrote at a follow-up, by period and action. */
const COMMENTS: Readonly<Record<string, string>> = {
  'Tertial 1/A01': 'Förslaget på remiss till förvaltningarna',
  'Tertial 2/A10': 'Rekrytering av beställare pågår; klar i oktober',
  'Tertial 2/A17': 'Prognos 700 000 kr: prisökning på reservkraftverket. Omförhandlas med leverantören i september',
};

/** Forecasts that differ from what §7 works out (Utfall when Klar, else the budget). */
const FORECASTS: Readonly<Record<string, number>> = {
  'Tertial 2/A17': 700_000,
};

function row(a: ExampleAction, period: string, date: string): ExampleFollowUp {
  const key = `${period}/${a.id}`;
  const p = progress(a, date);
  const spentNow = a.spent ?? 0;
  const doneThen = a.status === 'Klar' && a.end <= date;
  const started = a.start <= date;
  const status: ExampleAction['status'] = doneThen ? 'Klar' : started ? 'Pågår' : 'Ej påbörjad';
  const spent = doneThen ? spentNow : started ? Math.round((spentNow * Math.min(p, 0.9)) / 100) * 100 : null;
  const forecast = FORECASTS[key] ?? (doneThen ? spentNow : a.budget);
  return { period, date, id: a.id, spent, forecast, status, comment: COMMENTS[key] ?? null };
}

/** Every follow-up row, Tertial 1's actions first, in Åtgärder's order. */
export function exampleFollowUps(): ExampleFollowUp[] {
  return FOLLOW_UPS.flatMap((f) => ACTIONS.map((a) => row(a, f.period, f.date)));
}
