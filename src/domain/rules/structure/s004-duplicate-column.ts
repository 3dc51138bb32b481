/** S004 — two columns map to the same field; the first is used (reported by readPlan). */
import { defineRule } from '../define';
import { q } from '../../messages';

export const s004 = defineRule({
  code: 'S004',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) =>
      `Kolumnen ${q(v.d('header') || v.text(v.f.actual), 'sv')} i ${v.object()} avser samma fält som en tidigare kolumn${v.d('column') ? ` (${v.d('column')})` : ''}; den första används.`,
    en: (v) =>
      `Column ${q(v.d('header') || v.text(v.f.actual), 'en')} in ${v.object()} maps to the same field as an earlier column${v.d('column') ? ` (${v.d('column')})` : ''}; the first one is used.`,
  },
});
