/**
 * The real services the pane runs with in Excel and in the harness. The summary's generator (its layout,
 * charts and tallies) is fetched on the first *Skapa sammanfattning*, not with the pane: a click needs it,
 * the pane's first view does not. A fetch that fails rejects, and the pane's error bar says so in one line.
 */
import { validate } from '../domain/validate';
import { SealPanel } from './seal/SealPanel';
import type { PaneServices } from './services';

export const defaultServices: PaneServices = {
  validate,
  generateSummary: async (gateway, options) => {
    const { generateSummary } = await import(/* webpackChunkName: "summary" */ '../domain/summary/generate');
    return generateSummary(gateway, options);
  },
  now: () => new Date(),
  SealPanel,
};
