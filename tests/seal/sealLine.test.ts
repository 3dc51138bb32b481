/**
 * The seal line (src/domain/seal/sealLine.ts) is the one sentence for the seal's state: the pane's seal
 * view (tests/seal/SealPanel.test.tsx, tests/ui/openingView.test.tsx), the summary sheet's heading and the
 * handout (PDF) all show it word for word. Here: its words, and the summary and the handout built from it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePlan } from '../builders/model';
import { checkSeal, createSeal, sealLine, sealToJson } from '../../src/domain/seal';
import type { SealCheck } from '../../src/domain/seal';
import { generateSummary } from '../../src/domain/summary/generate';
import { validate } from '../../src/domain/validate';
import { workbookFromXlsx } from '../../src/taskpane/harness/loadXlsx';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { CLEAN, runCli } from '../cli/run';
import { pdfText } from '../report/pdfText';

const AT = '2011-12-31T14:05:00+01:00';

async function intact(period: string | null): Promise<SealCheck> {
  const plan = makePlan();
  const record = await createSeal(plan, { error: 0, warning: 0, info: 0 }, 'Anna Berg', AT);
  const json = sealToJson({ ...record, period });
  return checkSeal(json, plan);
}

describe('the seal line', () => {
  it('says who sealed, when, for which period, unchanged, and the fingerprint', async () => {
    const check = await intact('Helår 2011');
    if (check.state !== 'intact') throw new Error(check.state);
    const digits = check.record.digest.slice(0, 12);
    expect(sealLine(check, 'sv')).toBe(`Validerad av Anna Berg 2011-12-31 14:05 för Helår 2011, oförändrad · fingeravtryck ${digits}`);
    expect(sealLine(check, 'en')).toBe(`Validated by Anna Berg on 2011-12-31 14:05 for Helår 2011, unchanged · fingerprint ${digits}`);
    expect(sealLine(await intact(null), 'sv')).toBe(`Validerad av Anna Berg 2011-12-31 14:05, oförändrad · fingeravtryck ${digits}`);
  });

  it('names the period of a changed seal too, and says plainly when there is none', async () => {
    const plan = makePlan();
    const record = await createSeal(plan, { error: 0, warning: 0, info: 0 }, 'Anna Berg', AT);
    const changed = await checkSeal(sealToJson({ ...record, period: 'Tertial 2' }), makePlan({ actions: [] }));
    expect(sealLine(changed, 'sv')).toMatch(/^Ändrad sedan valideringen \(Anna Berg 2011-12-31 14:05, Tertial 2\): .* · fingeravtryck [0-9a-f]{12}$/);
    expect(sealLine({ state: 'absent' }, 'sv')).toBe('Ej förseglad');
    expect(sealLine({ state: 'invalid', reason: 'notJson', copies: ['part'] }, 'en')).toBe('The seal cannot be read (not JSON)');
  });
});

describe('the summary sheet and the handout say what the pane says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-sealline-'));
  const file = join(dir, 'förseglad.xlsx');
  let expected: string;
  beforeAll(async () => {
    writeFileSync(file, readFileSync(CLEAN));
    expect((await runCli(['seal', file, '--by', 'Anna Berg'])).code).toBe(0);
    const snapshot = readWorkbookBytes(readFileSync(file));
    expected = sealLine(await checkSeal(snapshot.seal, validate(snapshot, { lang: 'sv', today: '2026-11-27' }).model), 'sv');
    expect(expected).toMatch(/^Validerad av Anna Berg .* för .*, oförändrad · fingeravtryck [0-9a-f]{12}$/);
  });

  it('the summary sheet’s heading: the seal row holds the seal line', async () => {
    const gateway = new MemoryGateway(await workbookFromXlsx(readFileSync(file)));
    const { sheetName } = await generateSummary(gateway, { today: '2026-11-27', now: new Date(2026, 10, 27, 9, 7), lang: 'sv' });
    const sheet = gateway.workbook.sheets.find((s) => s.name === sheetName)!;
    const row = sheet.cells.find((r) => r[0] === 'Försegling');
    expect(row?.[1]).toBe(expected);
  });

  it('the handout (plankoll report): the seal row of the PDF reads the same', async () => {
    const pdf = join(dir, 'underlag.pdf');
    expect((await runCli(['report', file, '-o', pdf])).code).toBe(0);
    // pdftotext lays the row out as it is printed; one space between words is the same sentence.
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(`Försegling ${expected}`);
  });
});
