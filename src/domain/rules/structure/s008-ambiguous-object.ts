/**
 * S008 — two tables, a table and a sheet, or two sheets match the same plan table (reported by readPlan):
 * ambiguous. The finding names both; nothing is guessed, so the object is read from neither.
 */
import { defineRule } from '../define';
import type { View } from '../../messages';

function described(v: View, which: 'first' | 'second'): string {
  const isTable = v.d(`${which}Kind`) === 'table';
  const name = v.text(v.d(which));
  const at = v.text(v.d(`${which}At`));
  if (v.lang === 'sv') return `${isTable ? 'tabellen' : 'bladet'} ${name}${at ? ` (${at})` : ''}`;
  return `the ${isTable ? 'table' : 'sheet'} ${name}${at ? ` (${at})` : ''}`;
}

export const s008 = defineRule({
  code: 'S008',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) =>
      `Både ${described(v, 'first')} och ${described(v, 'second')} motsvarar ${v.d('object') || 'samma tabell'}. Plankoll gissar inte vilken som gäller: byt namn på eller ta bort den ena.`,
    en: (v) =>
      `Both ${described(v, 'first')} and ${described(v, 'second')} match ${v.object('the same table')}. Plankoll does not guess which one counts: rename or remove one of them.`,
  },
});
