/**
 * `Beslutsrätt (kr)`: blank = no decision authority (`{kind:'none'}`, no issue), `obegränsad`/`unlimited`
 * = no limit, a number (or text that reads as one, issue 'textNumber') = a limit in kronor.
 * An Excel error → 'excelError', anything else → 'invalid' (value null).
 */
import type { DecisionLimit, Field, Ref } from '../model';
import { isUnlimitedWord } from '../names';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { readAmount } from './amount';
import { isBlankCell } from './cells';
import { field } from './field';

export function readDecisionLimit(raw: CellValue, ref: Ref): Field<DecisionLimit> {
  if (isBlankCell(raw)) return field({ kind: 'none' }, raw, ref);
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  if (typeof raw === 'string' && isUnlimitedWord(raw)) return field({ kind: 'unlimited' }, raw, ref);
  const amount = readAmount(raw, ref);
  if (amount.value === null) return field(null, raw, ref, amount.issue ?? 'invalid');
  const value: DecisionLimit = { kind: 'amount', amount: amount.value };
  return field(value, raw, ref, amount.issue);
}
