import { charsToPoints } from './columnWidth';

describe('charsToPoints', () => {
  it("gives Excel's 48 pt for its default 8.43 characters, and grows by 5.25 pt a character", () => {
    expect(Math.round(charsToPoints(8.43))).toBe(48);
    expect(charsToPoints(20) - charsToPoints(19)).toBeCloseTo(5.25);
    expect(charsToPoints(12)).toBe(66.75);
  });
});
