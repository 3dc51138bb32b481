/**
 * Why a planned follow-up write cannot be carried out: the workbook is not (or no longer) as the plan
 * assumed. Every writer (zip level, Excel, the in-memory workbook) reports the same kinds, in Swedish and
 * English, and writes nothing.
 */
import type { Lang } from '../finding';

export type FollowUpConflict =
  | { readonly kind: 'nameTaken'; readonly name: string }
  | { readonly kind: 'sheetExists'; readonly sheet: string }
  | { readonly kind: 'noSheet'; readonly sheet: string }
  | { readonly kind: 'sheetNotEmpty'; readonly sheet: string }
  | { readonly kind: 'noTable'; readonly table: string }
  | { readonly kind: 'emptyTable'; readonly table: string }
  | { readonly kind: 'totalsRow'; readonly table: string }
  | { readonly kind: 'tableChanged'; readonly table: string }
  | { readonly kind: 'formula'; readonly sheet: string; readonly cell: string };

export function conflictMessage(c: FollowUpConflict, lang: Lang): string {
  const sv = lang === 'sv';
  switch (c.kind) {
    case 'nameTaken':
      return sv ? `arbetsboken har redan en tabell eller ett namn ${c.name}` : `the workbook already has a table or name ${c.name}`;
    case 'sheetExists':
      return sv ? `arbetsboken har redan ett blad ${c.sheet}` : `the workbook already has a sheet ${c.sheet}`;
    case 'noSheet':
      return sv ? `arbetsboken har inget blad ${c.sheet} längre` : `the workbook no longer has a sheet ${c.sheet}`;
    case 'sheetNotEmpty':
      return sv ? `bladet ${c.sheet} är inte tomt längre` : `the sheet ${c.sheet} is no longer empty`;
    case 'noTable':
      return sv ? `arbetsboken har ingen tabell ${c.table} längre` : `the workbook no longer has a table ${c.table}`;
    case 'emptyTable':
      return sv
        ? `tabellen ${c.table} finns men saknar rubrikrad; ge den rubrikerna Period, Datum, ID, Utfall (kr), Prognos (kr), Status, Kommentar eller ta bort den`
        : `the table ${c.table} exists but has no header row; give it the headers Period, Datum, ID, Utfall (kr), Prognos (kr), Status, Kommentar or remove it`;
    case 'totalsRow':
      return sv
        ? `tabellen ${c.table} har en summarad; stäng av den (Tabelldesign > Summarad) och spara igen`
        : `the table ${c.table} has a totals row; turn it off (Table Design > Total Row) and save again`;
    case 'tableChanged':
      return sv ? `tabellen ${c.table} har ändrats sedan den lästes; försök igen` : `the table ${c.table} changed since it was read; try again`;
    case 'formula':
      return sv
        ? `${c.sheet}!${c.cell} innehåller en formel, och Plankoll skriver aldrig över formler`
        : `${c.sheet}!${c.cell} holds a formula, and Plankoll never overwrites formulas`;
  }
}

/** Thrown by a writer when the workbook does not allow the planned write; nothing was written. */
export class FollowUpConflictError extends Error {
  readonly conflict: FollowUpConflict;
  constructor(conflict: FollowUpConflict, lang: Lang = 'en') {
    super(conflictMessage(conflict, lang));
    this.name = 'FollowUpConflictError';
    this.conflict = conflict;
  }
}
