/** Excel serial dates (1900 date system) <-> ISO `YYYY-MM-DD`. Pure: no Date.now() (the caller passes the clock). */

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 (Excel counts the fictitious 1900-02-29, so serials from 61 on line up). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Days already converted (a plan's dates repeat: the same start and end dates on many actions), so a
 * large plan makes one string per distinct day, not one per cell. Bounded, like the name memo.
 */
const ISO_OF_DAY = new Map<number, string>();
const ISO_OF_DAY_MAX = 4096;

export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  const known = ISO_OF_DAY.get(day);
  if (known !== undefined) return known;
  const iso = dayToIso(day);
  if (ISO_OF_DAY.size >= ISO_OF_DAY_MAX) ISO_OF_DAY.clear();
  ISO_OF_DAY.set(day, iso);
  return iso;
}

/** A whole serial (1 ≤ day < 2 958 466) as `YYYY-MM-DD`. */
function dayToIso(day: number): string {
  // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm): plain arithmetic, no Date object,
  // since a large plan converts tens of thousands of dates.
  const z = day - UNIX_EPOCH_SERIAL + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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

/** The local calendar date of `d` as ISO `YYYY-MM-DD`: what a controller means by "today". */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
