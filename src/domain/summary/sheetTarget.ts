/**
 * Where the summary goes (SPEC §3): the add-in replaces only a sheet it created — recognised by the
 * marker it stored on that sheet — and never a user's sheet that happens to be called `Sammanfattning`
 * (then it takes the first free `Sammanfattning (2)`, `(3)` …). Pure, so every adapter decides alike.
 *
 * The marker's value is the sheet's name when it was written. A user who copies the add-in's sheet gets
 * a second marked sheet under another name; the one still carrying its recorded name is the original.
 */

export interface ExistingSheet {
  readonly name: string;
  /** Zero-based tab position. */
  readonly position: number;
  /** The add-in's marker value on this sheet, or null when the sheet has none (a user's sheet). */
  readonly marker: string | null;
  /** Names of the Excel tables on this sheet. */
  readonly tables: readonly string[];
}

export interface SheetTarget {
  /** The add-in's own sheet to replace (same name, same position), or null: add a new sheet. */
  readonly replace: { readonly name: string; readonly position: number } | null;
  /** The name the summary sheet will have. */
  readonly name: string;
  /** A name no sheet has, for the new sheet while the old one still exists. */
  readonly tempName: string;
  /** Each layout table name -> a name no other sheet's table uses (`PK_Kommuner`, else `PK_Kommuner2` …). */
  readonly tableNames: Readonly<Record<string, string>>;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function ownSheet(sheets: readonly ExistingSheet[]): ExistingSheet | null {
  const owned = [...sheets].filter((s) => s.marker !== null).sort((a, b) => a.position - b.position);
  return owned.find((s) => same(s.name, s.marker ?? '')) ?? owned[0] ?? null;
}

function freeName(taken: readonly string[], wanted: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const candidate = wanted(n);
    if (!taken.some((t) => same(t, candidate))) return candidate;
  }
}

export function chooseSheetTarget(
  sheets: readonly ExistingSheet[],
  preferredName: string,
  layoutTables: readonly string[],
): SheetTarget {
  const own = ownSheet(sheets);
  const sheetNames = sheets.map((s) => s.name);
  const name = own?.name ?? freeName(sheetNames, (n) => (n === 1 ? preferredName : `${preferredName} (${n})`));
  const tempName = freeName(sheetNames, (n) => `Plankoll ny ${n}`);
  const taken = sheets.filter((s) => s !== own).flatMap((s) => s.tables);
  const tableNames: Record<string, string> = {};
  for (const table of layoutTables) {
    const chosen = freeName([...taken, ...Object.values(tableNames)], (n) => (n === 1 ? table : `${table}${n}`));
    tableNames[table] = chosen;
  }
  return { replace: own === null ? null : { name: own.name, position: own.position }, name, tempName, tableNames };
}
