import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EXAMPLE_PROBLEMS, EXAMPLE_TRAPS } from '../../src/domain/example';
import { RULE_CODES, SEVERITY } from '../../src/domain/rules';
import type { Finding } from '../../src/domain/finding';
import { CLEAN, runCli, WITH_PROBLEMS } from './run';

interface Json {
  file: string;
  reportDate: string;
  counts: { error: number; warning: number; info: number };
  findings: Finding[];
}

async function json(argv: readonly string[]): Promise<{ code: number; doc: Json }> {
  const r = await runCli(['validate', ...argv, '--json']);
  expect(r.err).toBe('');
  return { code: r.code, doc: JSON.parse(r.out) as Json };
}

describe('plankoll validate on the example workbooks', () => {
  it('finds nothing in the clean example and exits 0', async () => {
    const r = await runCli(['validate', CLEAN]);
    expect(r).toEqual({ code: 0, out: 'Inga fel eller varningar (rapportdatum 2011-12-31).\n', err: '' });
  });

  it('reports every documented problem of the med-fel example at its cell, and nothing else', async () => {
    const { code, doc } = await json([WITH_PROBLEMS]);
    expect(code).toBe(1);
    const found = doc.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort();
    const documented = EXAMPLE_PROBLEMS.map((p) => `${p.code} ${p.sheet}!${p.cell}`).sort();
    expect(found).toEqual(documented);
    for (const p of EXAMPLE_PROBLEMS) {
      const f = doc.findings.find((x) => x.code === p.code && x.cell === p.cell);
      expect(f?.actionId).toBe(p.actionId);
    }
    for (const trap of EXAMPLE_TRAPS) expect(doc.findings.filter((f) => f.sheet === trap.sheet && f.cell === trap.cell)).toEqual([]);
  });

  it('has the JSON shape of SPEC §5', async () => {
    const { doc } = await json([WITH_PROBLEMS]);
    expect(Object.keys(doc)).toEqual(['file', 'reportDate', 'counts', 'findings']);
    expect(doc.file).toBe(WITH_PROBLEMS);
    expect(doc.reportDate).toBe('2011-12-31');
    expect(doc.counts).toEqual({
      error: doc.findings.filter((f) => f.severity === 'error').length,
      warning: doc.findings.filter((f) => f.severity === 'warning').length,
      info: 0,
    });
    expect(doc.counts.error).toBeGreaterThan(0);
    const allowed = ['code', 'severity', 'sheet', 'cell', 'actionId', 'message', 'expected', 'actual'];
    for (const f of doc.findings) {
      expect(Object.keys(f).every((k) => allowed.includes(k))).toBe(true);
      expect(RULE_CODES).toContain(f.code);
      expect(f.severity).toBe(SEVERITY[f.code]);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    }
    const b003 = doc.findings.find((f) => f.code === 'B003');
    expect(b003).toMatchObject({ severity: 'error', sheet: 'Åtgärder', cell: 'I10', actionId: 'A09', expected: 240_000, actual: 239_550 });
  });

  it('prints one Swedish line per finding with severity, code, cell, action and comparison, then the counts', async () => {
    const r = await runCli(['validate', WITH_PROBLEMS]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(EXAMPLE_PROBLEMS.length + 1);
    expect(lines).toContainEqual(expect.stringMatching(/^FEL B003 Åtgärder!I10 \[A09\] .+ \(förväntat 240 000, faktiskt 239 550\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^VARNING P007 Åtgärder!G12 \[A11\] /));
    expect(lines[lines.length - 1]).toBe('11 fel, 13 varningar (rapportdatum 2011-12-31).');
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['validate', WITH_PROBLEMS, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ERROR B003 Åtgärder!I10 \[A09\] .+ \(expected 240,000, actual 239,550\)$/m);
    expect(r.out).toMatch(/^WARNING B010 /m);
    expect(r.out).not.toMatch(/^(FEL|VARNING) /m);
    expect(r.out.trimEnd().split('\n').pop()).toBe('11 errors, 13 warnings (report date 2011-12-31).');
    const { doc } = await json([WITH_PROBLEMS, '--lang=en']);
    expect(doc.findings.find((f) => f.code === 'P003')?.message).toMatch(/goal/i);
  });

  it('lets --report-date beat the Plan’s Rapportdatum', async () => {
    const { code, doc } = await json([CLEAN, '--report-date', '2012-07-01']);
    expect(code).toBe(0); // overdue actions are warnings
    expect(doc.reportDate).toBe('2012-07-01');
    const overdue = doc.findings.filter((f) => f.code === 'P007').map((f) => f.actionId);
    expect(overdue).toEqual(expect.arrayContaining(['A05', 'A09', 'A10', 'A17']));
    expect(overdue).not.toContain('A14'); // ends 2012-08-31
  });
});

describe('plankoll validate: usage and unreadable files (exit 2, one line on stderr)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-cli-'));
  const notXlsx = join(dir, 'plan.xlsx');
  writeFileSync(notXlsx, 'Kommun;Andel\nMora;2290000\n');

  it.each([
    [[], /FIL saknas \(användning: plankoll validate FIL \[--json\] \[--report-date ÅÅÅÅ-MM-DD\]\)/],
    [['--lang', 'en'], /missing FILE \(usage: plankoll validate FILE \[--json\] \[--report-date YYYY-MM-DD\]\)/],
    [[CLEAN, '--report-date', '2011-13-01'], /--report-date ska vara ett datum ÅÅÅÅ-MM-DD, inte '2011-13-01'/],
    [[CLEAN, '--report-date'], /flaggan --report-date behöver ett värde/],
    [[CLEAN, '--report-date', '--json'], /flaggan --report-date behöver ett värde/],
    [[CLEAN, '--json=ja'], /flaggan --json tar inget värde/],
    [[CLEAN, '--lang', 'de'], /--lang ska vara sv eller en, inte 'de'/],
    [[CLEAN, '--verbose'], /okänd flagga --verbose/],
    [[CLEAN, '--verbose', '--lang=en'], /unknown option --verbose/],
    [[CLEAN, WITH_PROBLEMS], /för många argument \(2\)/],
    [['finns-inte.xlsx'], /kan inte läsa finns-inte\.xlsx: filen finns inte/],
    [['finns-inte.xlsx', '--lang', 'en'], /cannot read finns-inte\.xlsx: no such file/],
    [[notXlsx], /inte en Excel-arbetsbok \(\.xlsx\/\.xlsm\) eller ett \.ods-kalkylark/],
  ])('%j', async (argv, message) => {
    const r = await runCli(['validate', ...argv]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/^plankoll validate: [^\n]+\n$/);
  });
});
