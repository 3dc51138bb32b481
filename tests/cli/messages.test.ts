/** The CLI's counted sentences: numbers grouped as each language writes them, the word's form chosen by the number. */
import { CLI_MESSAGES } from '../../src/cli/messages';

const NBSP = '\u00a0';

test('counts are grouped: 3 000 fel, 3,000 errors', () => {
  expect(CLI_MESSAGES.sv.sealRefused('plan.xlsx', 3000)).toBe(`plan.xlsx har 3${NBSP}000 fel och förseglas inte (se plankoll validate plan.xlsx)`);
  expect(CLI_MESSAGES.en.sealRefused('plan.xlsx', 3000)).toBe('plan.xlsx has 3,000 errors and is not sealed (see plankoll validate plan.xlsx)');
  expect(CLI_MESSAGES.sv.sealedBy('Anna Berg', '2026-12-02', null, 1200)).toBe(`Validerad av Anna Berg 2026-12-02, inga fel, 1${NBSP}200 varningar.`);
});

test('one replaced row is "Den tidigare raden", not "De 1 tidigare raderna"', () => {
  expect(CLI_MESSAGES.sv.recordReplaced(1)).toBe('Den tidigare raden för perioden ersattes.');
  expect(CLI_MESSAGES.sv.recordReplaced(18)).toBe('De 18 tidigare raderna för perioden ersattes.');
  expect(CLI_MESSAGES.en.recordReplaced(1)).toBe("The period's 1 earlier row was replaced.");
  expect(CLI_MESSAGES.sv.sealedBy('Anna Berg', '2026-12-02', 'Tertial 2', 1)).toBe('Validerad av Anna Berg 2026-12-02 för Tertial 2, inga fel, 1 varning.');
});
