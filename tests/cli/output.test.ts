/**
 * What the CLI prints: text that cannot be forged by a workbook, JSON that stays exact, summary's
 * answer for a workbook that is not a plan, and help generated from the command table in both languages.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { escapeControl, safeJson } from '../../src/cli/escape';
import { usageLine } from '../../src/cli/help';
import { COMMANDS } from '../../src/cli/table';
import { CLEAN, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-output-'));
let n = 0;

async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  }
  const path = join(dir, `arbetsbok-${++n}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

const FORGED = 'Inga fel eller varningar (rapportdatum 2024-06-30).';
const FORGED_ID = `A1\n${FORGED}`;
const FORGED_NAME = `Ny e-tjänst\t\n${FORGED}\u009b`;

/** A plan whose overdue action A1 has a line break in its ID and a TAB, a line break and a C1 character in its name. */
function forgingPlan(): Promise<string> {
  return workbook({
    Plan: [['Property', 'Value'], ['Name', 'Test\nplan'], ['Total budget', 100_000], ['Report date', '2024-06-30']],
    Funding: [['Municipality', 'Share'], ['Aby', 100_000]],
    Goals: [['GoalID', 'Goal'], ['G1', 'One']],
    Roles: [['Role', 'Name', 'Organisation', 'Decision limit'], ['Boss', 'Anna', 'X', 'unlimited'], ['PM', 'Cia', 'X', null]],
    Actions: [
      ['ID', 'Action', 'GoalID', 'Responsible', 'Decision maker', 'Start', 'End', 'Status', 'Budget', 'Aby', 'Spent'],
      [FORGED_ID, FORGED_NAME, 'G1', 'PM', 'Boss', '2024-01-01', '2024-05-31', 'In progress', 100_000, 100_000, 10_000],
    ],
  });
}

function raw(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
  return /[\r\u001b\u0080-\u009f]/.test(text);
}

describe('text output cannot be forged by the workbook', () => {
  it('validate: a line break in an action ID prints as \\n, inside its finding’s line', async () => {
    const file = await forgingPlan();
    const r = await runCli(['validate', file]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).not.toContain(FORGED);
    expect(lines.filter((l) => l.startsWith('Inga fel'))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^VARNING P007 Actions!G2 \[A1\\nInga fel eller varningar/));
    expect(lines[lines.length - 1]).toBe('0 fel, 1 varning (rapportdatum 2024-06-30).');
    expect(raw(r.out)).toBe(false);
  });

  it('summary: the action’s name and ID in the overdue list, and the plan name, stay on their lines', async () => {
    const file = await forgingPlan();
    const r = await runCli(['summary', file]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Test\\nplan');
    expect(lines).not.toContain(FORGED);
    expect(raw(r.out)).toBe(false);
    expect(r.out).toContain('A1\\nInga fel');
    expect(r.out).toContain('Ny e-tjänst\\t\\nInga fel eller varningar (rapportdatum 2024-06-30).\\x9B');
  });

  it('--json keeps every value exact, and escapes the characters JSON would leave raw', async () => {
    const file = await forgingPlan();
    const validate = await runCli(['validate', file, '--json']);
    expect(raw(validate.out)).toBe(false);
    const doc = JSON.parse(validate.out) as { findings: { actionId?: string }[] };
    expect(doc.findings.map((f) => f.actionId)).toContain(FORGED_ID);
    const summary = await runCli(['summary', file, '--json']);
    expect(raw(summary.out)).toBe(false);
    const s = JSON.parse(summary.out) as { overdue: { id: string; action: string }[] };
    expect(s.overdue).toEqual([expect.objectContaining({ id: FORGED_ID, action: FORGED_NAME })]);
  });

  it('a file name with a line break is escaped in results and errors', async () => {
    const name = join(dir, 'ny\nplan.xlsx');
    const r = await runCli(['example', '-o', name]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(r.out).toContain('ny\\nplan.xlsx');
    const again = await runCli(['example', '-o', name]);
    expect(again.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('escapes C0, DEL, C1, line separators and bidi overrides; keeps letters and spaces', () => {
    expect(escapeControl('a\tb\nc\rd\u0000e\u007ff\u0085g\u2028h\u202ei åäö')).toBe('a\\tb\\nc\\rd\\x00e\\x7Ff\\x85g\\u2028h\\u202Ei åäö');
    expect(JSON.parse(safeJson({ s: 'x\u009by\u2029\n' }))).toEqual({ s: 'x\u009by\u2029\n' });
    expect(safeJson({ s: 'x\u009b' })).toBe('{\n  "s": "x\\u009b"\n}\n');
  });
});

describe('summary on a workbook that is not a plan', () => {
  it('exits 1 with the structure findings instead of an empty summary', async () => {
    const file = await workbook({ Blad1: [['Hej', 'då'], [1, 2]] });
    const r = await runCli(['summary', file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('FEL S001 '))).toHaveLength(3);
    expect(lines[lines.length - 1]).toBe(`Ingen sammanfattning: ${file} saknar handlingsplanens tabeller (se ovan).`);
    expect(r.out).not.toMatch(/namnlös|Budget/);
    const json = await runCli(['summary', file, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out) as { file: string; counts: { error: number }; findings: { code: string; message: string }[] };
    expect(doc.file).toBe(file);
    expect(doc.counts.error).toBe(3);
    expect(doc.findings.every((f) => f.code.startsWith('S'))).toBe(true);
    expect(doc.findings[0].message).toMatch(/[Mm]issing|not found/);
  });
});

describe('usage, generated from the command table', () => {
  it('plankoll --help lists every command with its usage, in Swedish and in English', async () => {
    const sv = await runCli(['--help']);
    const en = await runCli(['--lang', 'en', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.out).toMatch(/^Användning: plankoll <kommando> \[flaggor\]/);
    expect(en.out).toMatch(/^Usage: plankoll <command> \[options\]/);
    for (const spec of COMMANDS) {
      expect(sv.out).toContain(`  ${usageLine(spec, 'sv').slice('plankoll '.length)}\n      ${spec.summary.sv}\n`);
      expect(en.out).toContain(`  ${usageLine(spec, 'en').slice('plankoll '.length)}\n      ${spec.summary.en}\n`);
    }
    expect((await runCli(['help'])).out).toBe(sv.out);
  });

  it('plankoll VERB --help explains each option', async () => {
    const r = await runCli(['seal', '--help']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Användning: plankoll seal FIL --by NAMN [-o UT] [--force] [--catalog KATALOG]');
    expect(r.out).toMatch(/^ {2}-o, --output UT +filen som skrivs$/m);
    expect(r.out).toMatch(/^ {2}--lang sv\|en +språk: sv/m);
    expect((await runCli(['help', 'template', '--lang', 'en'])).out).toMatch(/^ {2}--kommuner, --municipalities "Mora,Orsa,Älvdalen" +the municipalities/m);
  });

  it('every message of example and template follows --lang', async () => {
    const sv = await runCli(['template', '-o', join(dir, 'mall-sv.xlsx'), '--kommuner', 'Rättvik,Leksand']);
    expect(sv.out).toMatch(/^Skrev en tom handlingsplan till .*\(kommuner: Rättvik, Leksand\)\n$/);
    const en = await runCli(['template', '-o', join(dir, 'mall-en.xlsx'), '--lang', 'en']);
    expect(en.out).toMatch(/^Wrote an empty action plan to .*\(municipalities: Mora, Orsa, Älvdalen\)\n$/);
    expect((await runCli(['example', '-o', join(dir, 'ex.xlsx'), '--lang', 'en'])).out).toMatch(/^Wrote the example \(/);
    expect((await runCli(['template', '-o', join(dir, 'x.xlsx'), '--kommuner', 'Mora,mora'])).err).toBe(
      'plankoll template: --kommuner: kommunen "mora" finns två gånger\n',
    );
    expect((await runCli(['template', '-o', join(dir, 'x.xlsx'), '--municipalities', 'Mora,mora', '--lang', 'en'])).err).toBe(
      'plankoll template: --municipalities: municipality "mora" is named twice\n',
    );
  });

  it('--lang is checked once, wherever it stands, and a wrong value is one line', async () => {
    for (const argv of [['--lang', 'fi', 'validate', CLEAN], ['validate', CLEAN, '--lang=fi'], ['validate', '--lang']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^plankoll validate: (--lang ska vara sv eller en, inte 'fi'|flaggan --lang behöver ett värde)\n$/);
    }
    expect((await runCli(['--lang', 'en', 'validate', CLEAN])).out).toBe('No errors or warnings (report date 2011-12-31).\n');
  });
});
