/** The real services the pane runs with in Excel and in the harness. */
import { validate } from '../domain/validate';
import { generateSummary } from '../domain/summary/generate';
import { SealPanel } from './seal/SealPanel';
import type { PaneServices } from './services';

export const defaultServices: PaneServices = {
  validate,
  generateSummary,
  now: () => new Date(),
  SealPanel,
};
