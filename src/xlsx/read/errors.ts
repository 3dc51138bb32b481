/**
 * Why a file cannot be read as a workbook: one kind per way a controller can meet it, with the part
 * (and sheet or cell) where it went wrong. The message says it in words a controller understands,
 * in Swedish or English; no library text ever reaches it (the library's error is kept as `cause`).
 */
import type { Lang } from '../../domain/finding';

export type UnreadableKind =
  | 'empty'
  | 'notWorkbook'
  | 'oldXls'
  | 'encrypted'
  | 'damaged'
  | 'tooLarge'
  | 'beyondLimits'
  | 'tooManyCells'
  | 'unsupported';

export interface UnreadableDetail {
  /** The package part (`xl/worksheets/sheet1.xml`) where it went wrong, when known. */
  readonly part?: string;
  /** The sheet that part is, when known. */
  readonly sheet?: string;
  /** A1 address, row or limit, as the kind needs (see `describe`). */
  readonly where?: string;
  /** What is wrong there, in plain words (already bilingual: chosen by `describe`). */
  readonly what?: { readonly sv: string; readonly en: string };
}

function whereText(d: UnreadableDetail, lang: Lang): string {
  const bits: string[] = [];
  if (d.sheet !== undefined) bits.push(lang === 'sv' ? `bladet '${d.sheet}'` : `sheet '${d.sheet}'`);
  if (d.part !== undefined) bits.push(lang === 'sv' ? `delen ${d.part}` : `part ${d.part}`);
  return bits.length === 0 ? '' : ` (${bits.join(', ')})`;
}

function describe(kind: UnreadableKind, d: UnreadableDetail, lang: Lang): string {
  const sv = lang === 'sv';
  const what = d.what ? (sv ? d.what.sv : d.what.en) : '';
  switch (kind) {
    case 'empty':
      return sv ? 'filen är tom' : 'the file is empty';
    case 'notWorkbook':
      return sv
        ? 'inte en Excel-arbetsbok (.xlsx/.xlsm) eller ett .ods-kalkylark'
        : 'not an Excel workbook (.xlsx/.xlsm) or an .ods spreadsheet';
    case 'oldXls':
      return sv
        ? 'en gammal .xls-arbetsbok; spara den i Excel som .xlsx'
        : 'an old .xls workbook; save it in Excel as .xlsx';
    case 'encrypted':
      return sv
        ? 'arbetsboken är lösenordsskyddad (krypterad); spara den i Excel som .xlsx utan lösenord'
        : 'the workbook is password-protected (encrypted); save it in Excel as .xlsx without a password';
    case 'damaged':
      return sv
        ? `arbetsboken är skadad${whereText(d, lang)}${what ? `: ${what}` : ''}; öppna och spara den i Excel`
        : `the workbook is damaged${whereText(d, lang)}${what ? `: ${what}` : ''}; open and save it in Excel`;
    case 'tooLarge':
      return sv
        ? `arbetsboken är för stor för att läsas${whereText(d, lang)}: ${what}`
        : `the workbook is too large to read${whereText(d, lang)}: ${what}`;
    case 'beyondLimits':
      return sv
        ? `${d.where ?? 'en cell'}${whereText(d, lang)} ligger utanför Excels rutnät (högst rad 1 048 576, kolumn XFD); arbetsboken är skadad`
        : `${d.where ?? 'a cell'}${whereText(d, lang)} lies beyond Excel's grid (at most row 1 048 576, column XFD); the workbook is damaged`;
    case 'tooManyCells':
      return sv ? `planen är för stor för att läsas${whereText(d, lang)}: ${what}` : `the plan is too large to read${whereText(d, lang)}: ${what}`;
    case 'unsupported':
      return sv ? `arbetsboken kan inte läsas${whereText(d, lang)}: ${what}` : `the workbook cannot be read${whereText(d, lang)}: ${what}`;
  }
}

/** A file that is not a readable workbook. `message` is English; `describe(lang)` gives either language. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly kind: UnreadableKind,
    readonly detail: UnreadableDetail = {},
    options?: { cause?: unknown },
  ) {
    super(describe(kind, detail, 'en'), options);
    this.name = 'UnreadableWorkbook';
  }

  describe(lang: Lang): string {
    return describe(this.kind, this.detail, lang);
  }
}

/** Bilingual text for UnreadableDetail.what. */
export function words(sv: string, en: string): { sv: string; en: string } {
  return { sv, en };
}
