/** S005 — a municipality in Finansiering has no column in Åtgärder (reported by readPlan). */
import { defineRule } from '../define';

export const s005 = defineRule({
  code: 'S005',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) => `Kommunen ${v.d('municipality') || v.text(v.f.expected)} i Finansiering har ingen kolumn i ${v.d('object') || 'Åtgärder'}.`,
    en: (v) =>
      `Municipality ${v.d('municipality') || v.text(v.f.expected)} in Finansiering has no column in ${v.object('Åtgärder')}.`,
  },
});
