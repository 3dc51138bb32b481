/** Follow-up over time (SPEC §7): forecasts, the recorded follow-ups, the plan as it stood then, what changed. */
export { actionForecast, effectiveForecast, hasFollowUpData, hasForecastColumn } from './forecast';
export type { FollowUp } from './periods';
export { currentPeriod, earlierFollowUps, followUpsOf, idKey, periodKey, previousFollowUp, samePeriod } from './periods';
export { actionThen, planAt } from './planThen';
export type { ActionIndex, FollowUpMatch } from './matching';
export { actionIndex, matchFollowUp, recordedFor } from './matching';
export { followUpHistory, followUpTotals } from './history';
export type { ActionChanges, StatusChange } from './sinceLast';
export { actionChanges } from './sinceLast';
export type { FollowUpRecordRow, RecordOptions } from './record';
export { followUpRecord } from './record';
