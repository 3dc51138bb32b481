import { summaryLabels } from './labels';

describe('the summary heading’s validation counts', () => {
  it('are grouped as numbers are in each language, with the word in its form for the count', () => {
    // sv-SE groups with a no-break space (U+00A0), so a count never breaks over two lines.
    expect(summaryLabels('sv').validationText(3000, 1, 0)).toBe('3\u00a0000 fel, 1 varning');
    expect(summaryLabels('sv').validationText(1, 12_500, 1)).toBe('1 fel, 12\u00a0500 varningar, 1 upplysning');
    expect(summaryLabels('sv').validationText(0, 0, 2)).toBe('0 fel, 0 varningar, 2 upplysningar');
    expect(summaryLabels('en').validationText(3000, 1, 0)).toBe('3,000 errors, 1 warning');
    expect(summaryLabels('en').validationText(1, 0, 4)).toBe('1 error, 0 warnings, 4 info');
  });
});
