import { daysBetween, isoToSerial, localIsoDate, parseIsoDate, serialToIso } from './dates';

/** The reference: what a JavaScript Date says for the same day count (Excel's 1900 system, serial 25569 = 1970-01-01). */
function viaDate(serial: number): string {
  return new Date((Math.floor(serial) - 25_569) * 86_400_000).toISOString().slice(0, 10);
}

describe('serialToIso', () => {
  it('agrees with Date on every day from 1900-03-01 to 9999-12-31 (sampled) and on leap days', () => {
    for (let s = 61; s < 2_958_466; s += 97) expect(serialToIso(s)).toBe(viaDate(s));
    for (const iso of ['2000-02-29', '2012-02-29', '2100-03-01', '1904-02-29', '9999-12-31']) {
      expect(serialToIso(isoToSerial(iso) as number)).toBe(iso);
    }
  });

  it('reads the founding plan’s decision date and ignores the time of day', () => {
    expect(serialToIso(40_596)).toBe('2011-02-22');
    expect(serialToIso(40_596.75)).toBe('2011-02-22');
  });

  it('refuses what is no Excel date', () => {
    for (const s of [0, -5, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) expect(serialToIso(s)).toBeNull();
  });
});

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(parseIsoDate('2011-12-31')).toEqual({ y: 2011, m: 12, d: 31 });
    expect(parseIsoDate('2012-02-30')).toBeNull();
    expect(parseIsoDate('2011-2-3')).toBeNull();
  });

  it('counts days between two dates', () => {
    expect(daysBetween('2011-11-30', '2011-12-31')).toBe(31);
    expect(() => daysBetween('x', '2011-12-31')).toThrow(RangeError);
  });
});

describe('localIsoDate', () => {
  it('gives the local calendar date, zero-padded', () => {
    expect(localIsoDate(new Date(2011, 0, 5, 23, 59))).toBe('2011-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});
