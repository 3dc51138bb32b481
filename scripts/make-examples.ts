/**
 * Writes the example workbooks shipped in examples/: the 2011 IS/IT plan, clean and "med fel".
 * Run with `npm run examples`; the files are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXAMPLE_PROBLEMS, EXAMPLE_TRAPS, examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../src/domain/example';
import { SEVERITY } from '../src/domain/rules';
import { writePlanXlsx } from '../src/xlsx/writePlan';

export const EXAMPLES_DIR = join(__dirname, '..', 'examples');
export const CLEAN_EXAMPLE = join(EXAMPLES_DIR, 'handlingsplan-is-it-2011.xlsx');
export const PROBLEM_EXAMPLE = join(EXAMPLES_DIR, 'handlingsplan-is-it-2011-med-fel.xlsx');
export const EXAMPLES_README = join(EXAMPLES_DIR, 'README.md');

const ERRORS = EXAMPLE_PROBLEMS.filter((p) => SEVERITY[p.code] === 'error').length;
const WARNINGS = EXAMPLE_PROBLEMS.filter((p) => SEVERITY[p.code] === 'warning').length;

const README_HEAD = `# Exempelarbetsböcker · Example workbooks

Två arbetsböcker med handlingsplanen för styrning av IS/IT som kommunstyrelsen i Mora antog den 22 februari 2011 (Mora, Orsa och Älvdalen). Kostnaden 3 910 000 kr, fördelningen 2 290 000 / 790 000 / 830 000 kr och de nio målen är de antagna; åtgärder, personer och datum är påhittade men rimliga. Rapportdatum 2011-12-31.

Two workbooks with the IS/IT governance action plan adopted by Mora's municipal executive board on 22 February 2011 (Mora, Orsa, Älvdalen). The cost, its split and the nine goals are the real ones; actions, people and dates are invented. Report date 2011-12-31.

| fil · file | innehåll · content |
|---|---|
| \`handlingsplan-is-it-2011.xlsx\` | Ren plan: 18 åtgärder, 14 roller med beslutsrätt, inga fynd (\`plankoll validate\` ger 0 fel, 0 varningar). · Clean plan, zero findings. |
| \`handlingsplan-is-it-2011-med-fel.xlsx\` | Samma plan med avsiktliga, dokumenterade fel (nedan): ${ERRORS} fel, ${WARNINGS} varningar. · The same plan with the deliberate problems below: ${ERRORS} errors, ${WARNINGS} warnings. |

Tabellerna är riktiga Excel-tabeller (\`Plan\`, \`Finansiering\`, \`Mal\`, \`Roller\`, \`Atgarder\`, \`Uppfoljning\`), en per blad, med rubrikrad i rad 1. · Each sheet holds one real Excel table, header in row 1.

Åtgärder har kolumnen Prognos (kr), och bladet Uppföljning har två tidigare uppföljningar, Tertial 1 (2011-04-30) och Tertial 2 (2011-08-31), så att sammanfattningen visar utvecklingen sedan förra uppföljningen: målet M9 blir *bättre* (vid Tertial 2 låg prognosen för serverhallen A17 på 700 000 kr mot budgeten 650 000 kr, förklarat i Kommentar; efter omförhandling är den åter inom budget) och M5 blir *sämre* (beställarrollerna A10 är nu försenade). · Åtgärder has a Prognos column and Uppföljning two earlier follow-ups (Tertial 1, Tertial 2): goal M9 improves (the server hall's forecast overrun at Tertial 2, explained in Kommentar, is resolved) and M5 gets worse (A10 is now delayed).

Skapas av · made by \`npm run examples\` (\`scripts/make-examples.ts\`) från · from \`src/domain/example/\`; \`plankoll example -o FIL [--with-problems]\` skriver samma arbetsböcker. Listan nedan finns också som data i \`src/domain/example/problems.ts\`, och testerna kontrollerar att \`plankoll validate\` rapporterar precis dessa fynd. · The list below is also data in \`problems.ts\`; tests check that validate reports exactly these findings.

## Avsiktliga fel i \`handlingsplan-is-it-2011-med-fel.xlsx\` · Deliberate problems

`;

/** examples/README.md: the introduction above and the problem list of problems.ts as tables. */
export function readmeText(): string {
  const problems = EXAMPLE_PROBLEMS.map((p) => `| ${p.code} | ${p.sheet}!${p.cell} | ${p.actionId ?? ''} | ${p.description} | ${p.descriptionEn} |`);
  const traps = EXAMPLE_TRAPS.map((t) => `| ${t.sheet}!${t.cell} | ${t.description} | ${t.descriptionEn} |`);
  return [
    README_HEAD.trimEnd(),
    '',
    '| kod · code | cell | åtgärd · action | svenska | English |',
    '|---|---|---|---|---|',
    ...problems,
    '',
    '## Fällor som inte ska ge fynd · Traps that must not give a finding',
    '',
    '| cell | svenska | English |',
    '|---|---|---|',
    ...traps,
    '',
    'Prova · try: `npx plankoll validate examples/handlingsplan-is-it-2011-med-fel.xlsx` (`--lang en`, `--json`, `--report-date 2012-06-30`).',
    '',
  ].join('\n');
}

/** The same package with every zip entry dated at the report date, so regenerating gives identical bytes. */
async function reproducible(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const date = new Date(Date.UTC(2011, 11, 31, 12));
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  writeFileSync(CLEAN_EXAMPLE, await reproducible(await writePlanXlsx(examplePlanWorkbook())));
  writeFileSync(PROBLEM_EXAMPLE, await reproducible(await writePlanXlsx(examplePlanWorkbookWithProblems())));
  writeFileSync(EXAMPLES_README, readmeText());
  process.stdout.write(`wrote ${CLEAN_EXAMPLE}\nwrote ${PROBLEM_EXAMPLE}\nwrote ${EXAMPLES_README}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-examples: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
