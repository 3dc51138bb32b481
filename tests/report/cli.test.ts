import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartValueLabel } from '../../src/domain/charts';
import { summarize } from '../../src/domain/summary/summarize';
import type { Summary } from '../../src/domain/summary/types';
import { validate } from '../../src/domain/validate';
import { readSnapshotFromFile } from '../../src/xlsx/file';
import { CLEAN, runCli, WITH_PROBLEMS } from '../cli/run';
import { pdfFonts, pdfPages, pdfText } from './pdfText';

const kr = (v: number): string => chartValueLabel(v, 'kr');

const dir = mkdtempSync(join(tmpdir(), 'plankoll-report-'));

describe('plankoll report', () => {
  const out = join(dir, 'motesunderlag.pdf');
  let text = '';
  let summary: Summary;

  beforeAll(async () => {
    const result = validate(await readSnapshotFromFile(CLEAN), { today: '2026-11-27', lang: 'sv' });
    summary = summarize(result.model, result.reportDate);
    const r = await runCli(['report', CLEAN, '-o', out]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`Skrev mötesunderlaget till ${out}\n`);
    text = pdfText(out);
  });

  it('writes an A4 PDF of at most three pages with Roboto embedded', () => {
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(out)).toBeLessThanOrEqual(3);
    expect(pdfFonts(out)).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('has the cover block: plan, decision, period, report date, validation result and seal state', () => {
    expect(text).toContain('Handlingsplan för styrning av IS/IT');
    expect(text).toMatch(/Beslut\s+2011-02-22, Kommunstyrelsen/);
    expect(text).toMatch(/Rapportdatum\s+2011-12-31/);
    expect(text).toMatch(/Validering\s+0 fel, 0 varningar/);
    expect(text).toMatch(/Försegling\s+Ej förseglad/);
  });

  it('holds the example’s figures in Swedish formats', () => {
    expect(text).toMatch(/Budget\s+3 910 000 kr/);
    const t = summary.totals;
    expect(text).toContain(`${kr(t.spent)} (${String(Math.round((t.percentSpent ?? 0) * 1000) / 10).replace('.', ',')} %)`);
    expect(text).toMatch(/\d \d{3} \d{3} kr \(\d+,\d %\)/);
    for (const m of summary.byMunicipality) {
      expect(text).toMatch(new RegExp(`${m.name}\\s+${kr(m.budget)}\\s+${kr(m.spent)}\\s+${kr(m.remaining)}`));
    }
    expect(text).toMatch(/Mora\s+2 290 000 kr/);
    expect(text).toMatch(/Orsa\s+790 000 kr/);
    expect(text).toMatch(/Älvdalen\s+830 000 kr/);
    const m5 = summary.byGoal.find((g) => g.id === 'M5');
    expect(text).toMatch(new RegExp(`M5\\s+Ökad tydlighet och ökat.*${kr(m5?.budget ?? 0)}\\s+${kr(m5?.spent ?? 0)}`));
    expect(text).not.toMatch(/\d,\d\d kr/); // whole kronor, as the sheet shows them
  });

  it('has the charts, with their words and values as text', () => {
    expect(text).toContain('Budget och utfall per kommun');
    expect(text).toContain('Åtgärder per status');
    const inProgress = summary.byStatus.find((x) => x.status === 'inProgress')?.count ?? 0;
    expect(text).toContain(`Pågår: ${inProgress}`);
    expect(text).toContain('Budget per mål');
    expect(text).toContain('900 000 kr');
    if ((summary.history ?? []).length > 0) expect(text).toContain('Budget, utfall och prognos per uppföljning');
  });

  it('lists the deviations with what the controller wrote', () => {
    expect(text).toContain('Avvikelser och kommentarer');
    expect(text).toMatch(/A10\s+Beställarroller för IS\/IT i\s+Försenad.*\s+Rekryteringen av beställare drog ut på tiden/);
  });

  it('numbers the pages and names the plan in every footer', () => {
    const pages = pdfPages(out);
    for (let p = 1; p <= pages; p++) expect(text).toMatch(new RegExp(`Handlingsplan för styrning av IS/IT\\s+Sida ${p} av ${pages}`));
  });

  it('speaks English with --lang en', async () => {
    const en = join(dir, 'handout.pdf');
    expect((await runCli(['report', CLEAN, '-o', en, '--lang', 'en'])).code).toBe(0);
    const t = pdfText(en);
    expect(t).toContain('Meeting papers');
    expect(t).toMatch(/Validation\s+0 errors, 0 warnings/);
    expect(t).toMatch(/Page 1 of \d/);
    expect(t).toContain('2 290 000 kr');
  });

  it('shows the errors of a workbook with problems on the cover, and still writes it', async () => {
    const file = join(dir, 'med-fel.pdf');
    expect((await runCli(['report', WITH_PROBLEMS, '-o', file])).code).toBe(0);
    expect(pdfText(file)).toMatch(/Validering\s+\d+ fel/);
  });

  it('refuses an existing file without --force, and a workbook that is not a plan (exit 1)', async () => {
    const existing = join(dir, 'finns.pdf');
    writeFileSync(existing, 'x');
    const r = await runCli(['report', CLEAN, '-o', existing]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plankoll report: kan inte skriva .*finns\.pdf/);
    expect(readFileSync(existing, 'utf8')).toBe('x');
    const missing = await runCli(['report', CLEAN]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/-o saknas/);
  });
});
