/** Seal timestamps: the sealer's local wall-clock time with its UTC offset, shown as written. */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `2011-12-31T14:05:00+01:00` for a Date, in the local time zone of whoever runs this. */
export function localIsoWithOffset(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** `2011-12-31 14:05` from a record's `at`: the time the sealer saw. */
export function displayTime(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}
