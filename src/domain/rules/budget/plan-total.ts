/** The plan's total budget and the Finansiering sum, as B004, B006, B007 and B008 use them. */
import type { PlanModel } from '../../model';
import { sumOre } from '../../money';

/** Σ Finansiering shares in öre, or null when Finansiering is missing, empty or has an unreadable share. */
export function financingSumOre(model: PlanModel): number | null {
  if (model.financing === null || model.financing.length === 0) return null;
  return sumOre(model.financing.map((m) => m.share.value));
}
