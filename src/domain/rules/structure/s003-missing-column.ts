/** S003 — a required column is missing (reported by readPlan; the cell is the header row). */
import { defineRule } from '../define';
import { q } from '../../messages';

export const s003 = defineRule({
  code: 'S003',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) => `Kolumnen ${q(v.d('column') || v.text(v.f.expected), 'sv')} saknas i ${v.object()}.`,
    en: (v) => `Column ${q(v.d('column') || v.text(v.f.expected), 'en')} is missing from ${v.object()}.`,
  },
});
