export type { Handout, HandoutOptions } from './handout';
export { makeHandout } from './handout';
export type { DeviationLine, DeviationReason } from './deviations';
export { listDeviations } from './deviations';
export type { HandoutLabels } from './labels';
export { handoutLabels } from './labels';
export { sealFooter, FINGERPRINT_DIGITS } from './seal';
