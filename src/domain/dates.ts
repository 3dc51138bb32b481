/** Excel serial dates (1900 date system) <-> ISO `YYYY-MM-DD`. Pure: no Date.now(). */

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 (Excel counts the fictitious 1900-02-29, so serials from 61 on line up). */
const UNIX_EPOCH_SERIAL = 25_569;

export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const ms = Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number | null {
  const parsed = parseIsoDate(iso);
  if (parsed === null) return null;
  return Date.UTC(parsed.y, parsed.m - 1, parsed.d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** Strict `YYYY-MM-DD` (a real calendar date), or null. */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

/** Whole days from `fromIso` to `toIso` (positive when `toIso` is later). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = isoToSerial(fromIso);
  const b = isoToSerial(toIso);
  if (a === null || b === null) throw new RangeError(`not an ISO date: ${a === null ? fromIso : toIso}`);
  return Math.round(b - a);
}
