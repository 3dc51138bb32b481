/**
 * The effective forecast of SPEC §7: `Prognos (kr)` when it is given; where it is blank, the Utfall of a
 * Klar or Avbruten action (it will cost no more), else the larger of Budget and Utfall (an open action is
 * expected to use its budget, or what it has already spent if that is more). Blank or unreadable amounts
 * count as 0, as everywhere in the summary (their own findings point at them).
 */
import type { Action, FollowUpColumns, FollowUpRow, PlanModel, Status } from '../model';
import { amountOf } from '../summary/money';

export interface ForecastInput {
  readonly budget: number;
  readonly spent: number;
  readonly status: Status | null;
  /** Prognos, or null when blank, unreadable or without a column. */
  readonly forecast: number | null;
}

export function effectiveForecast(x: ForecastInput): number {
  return x.forecast !== null ? x.forecast : forecastOf(NaN, x.status, x.budget, x.spent);
}

const finiteOrNull = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A Prognos as forecastOf takes it: NaN when blank or unreadable. */
export const finiteOrNaN = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/** The effective forecast a follow-up recorded for an action with `budget` (as Åtgärder has it now). */
export function recordedForecast(row: FollowUpRow, budget: number): number {
  return effectiveForecast({ budget, spent: amountOf(row.spent), status: row.status?.value ?? null, forecast: finiteOrNull(row.forecast?.value) });
}

/** effectiveForecast of figures given apart, as the columns hold them: `forecast` NaN when there is none. */
export function forecastOf(forecast: number, status: Status | null, budget: number, spent: number): number {
  if (!Number.isNaN(forecast)) return forecast;
  if (status === 'done' || status === 'cancelled') return spent;
  return Math.max(budget, spent);
}

/** recordedForecast of entry `i` of Uppföljning's columns. */
export function columnForecast(columns: FollowUpColumns, i: number, budget: number): number {
  return forecastOf(columns.forecast[i], columns.status[i], budget, columns.spent[i]);
}

/** An action's effective forecast, as it stands in Åtgärder. */
export function actionForecast(a: Action): number {
  return effectiveForecast({ budget: amountOf(a.budget), spent: amountOf(a.spent), status: a.status?.value ?? null, forecast: finiteOrNull(a.forecast?.value) });
}

/** Åtgärder has a Prognos column. */
export function hasForecastColumn(model: PlanModel): boolean {
  const columns = model.locations?.actions?.columns;
  if (columns !== undefined && Object.hasOwn(columns, 'forecast')) return true;
  return (model.actions ?? []).some((a) => a.forecast !== null && a.forecast !== undefined);
}

/**
 * The workbook carries follow-up data (a Prognos column or an Uppföljning table): the summary then shows
 * forecasts and deviations. Without it the summary is exactly what it was before follow-up existed.
 */
export function hasFollowUpData(model: PlanModel): boolean {
  return (model.followUps !== null && model.followUps !== undefined) || hasForecastColumn(model);
}
