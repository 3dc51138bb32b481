/**
 * The layer boundary bites: each zone's rule is shown failing on a probe file inside that folder, linted with
 * the repo's real eslint.config.mjs (tests/lint/lintProbes.mjs), and the imports a layer may make pass.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Probe {
  readonly filePath: string;
  readonly code: string;
}
interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

const ROOT = join(__dirname, '..', '..');

/** Probes that must fail, with the rule that must catch them. */
const FORBIDDEN: readonly (Probe & { readonly rule: string })[] = [
  // domain: nothing outside itself, however deep the file and whatever the form of import
  { filePath: 'src/domain/rules/budget/probe.ts', code: "export { CliError } from '../../../cli/io';", rule: 'layers/imports' },
  { filePath: 'src/domain/rules/budget/probe.ts', code: "import '../../../excel/gateway';", rule: 'layers/imports' },
  { filePath: 'src/domain/rules/budget/deeper/probe.ts', code: "export type { Strings } from '../../../../taskpane/i18n';", rule: 'layers/imports' },
  { filePath: 'src/domain/probe.ts', code: "export const m = import('./../xlsx/file');", rule: 'layers/imports' },
  { filePath: 'src/domain/probe.ts', code: "export const m = require('../commands/createSummary');", rule: 'layers/imports' },
  { filePath: 'src/domain/probe.ts', code: "export type T = import('../taskpane/services').PaneServices;", rule: 'layers/imports' },
  { filePath: 'src/domain/probe.ts', code: "import '../i18n/lang';", rule: 'layers/imports' },
  { filePath: 'src/domain/probe.ts', code: "import 'exceljs';", rule: 'no-restricted-imports' },
  { filePath: 'src/domain/probe.ts', code: "import 'node:fs';", rule: 'no-restricted-imports' },
  // excel: only the domain
  { filePath: 'src/excel/probe.ts', code: "import '../xlsx/readSnapshot';", rule: 'layers/imports' },
  { filePath: 'src/excel/probe.ts', code: "import '../taskpane/i18n';", rule: 'layers/imports' },
  { filePath: 'src/excel/probe.ts', code: "import '../cli/io';", rule: 'layers/imports' },
  { filePath: 'src/excel/probe.ts', code: "import '../commands/createSummary';", rule: 'layers/imports' },
  { filePath: 'src/excel/probe.ts', code: "import 'react';", rule: 'no-restricted-imports' },
  // xlsx: only the domain
  { filePath: 'src/xlsx/probe.ts', code: "import '../cli/io';", rule: 'layers/imports' },
  { filePath: 'src/xlsx/read/probe.ts', code: "import '../../excel/readSnapshot';", rule: 'layers/imports' },
  { filePath: 'src/xlsx/probe.ts', code: "import '../taskpane/harness/memoryWorkbook';", rule: 'layers/imports' },
  { filePath: 'src/xlsx/probe.ts', code: "import '@microsoft/office-js';", rule: 'no-restricted-imports' },
  // cli: no task pane, no Excel adapter, no ribbon commands
  { filePath: 'src/cli/commands/probe.ts', code: "import '../../taskpane/i18n';", rule: 'layers/imports' },
  { filePath: 'src/cli/probe.ts', code: "import '../excel/gateway';", rule: 'layers/imports' },
  { filePath: 'src/cli/probe.ts', code: "import '../commands/messageDialog';", rule: 'layers/imports' },
  // taskpane: no CLI; the Excel adapter only at the composition root; files only in the harness
  { filePath: 'src/taskpane/probe.ts', code: "import '../cli/io';", rule: 'layers/imports' },
  { filePath: 'src/taskpane/components/probe.tsx', code: "import '../../excel/gateway';", rule: 'layers/imports' },
  { filePath: 'src/taskpane/hooks/probe.ts', code: "import '../../excel/highlight';", rule: 'layers/imports' },
  { filePath: 'src/taskpane/index.tsx', code: "import '../excel/readSnapshot';", rule: 'layers/imports' },
  { filePath: 'src/taskpane/seal/probe.ts', code: "import '../../xlsx/sealStore';", rule: 'layers/imports' },
  { filePath: 'src/taskpane/probe.ts', code: "import '../commands/createSummary';", rule: 'layers/imports' },
  // commands: the domain, the Excel adapter and the shared i18n; not the pane (sideways), not the CLI or files
  { filePath: 'src/commands/probe.ts', code: "import '../taskpane/i18n';", rule: 'layers/imports' },
  { filePath: 'src/commands/probe.ts', code: "import '../cli/io';", rule: 'layers/imports' },
  { filePath: 'src/commands/probe.ts', code: "import '../xlsx/file';", rule: 'layers/imports' },
  // i18n: only the domain
  { filePath: 'src/i18n/probe.ts', code: "import '../taskpane/i18n';", rule: 'layers/imports' },
  { filePath: 'src/i18n/probe.ts', code: "import 'react';", rule: 'no-restricted-imports' },
  // Excel.* only in the folders of eslint/excel-callers.json (which the requirement-set check scans)
  { filePath: 'src/taskpane/probe.ts', code: 'export const run = Excel.run;', rule: 'no-restricted-globals' },
  { filePath: 'src/domain/probe.ts', code: 'export const run = Excel.run;', rule: 'no-restricted-globals' },
];

/** Probes that must pass the layer rule: what each layer may import. */
const ALLOWED: readonly Probe[] = [
  { filePath: 'src/domain/rules/budget/probe.ts', code: "import '../../a1';" },
  { filePath: 'src/excel/probe.ts', code: "import '../domain/a1';" },
  { filePath: 'src/xlsx/read/probe.ts', code: "import '../../domain/snapshot';" },
  { filePath: 'src/cli/commands/probe.ts', code: "import '../../xlsx/file';" },
  { filePath: 'src/cli/probe.ts', code: "import '../i18n/lang';" },
  { filePath: 'src/commands/probe.ts', code: "import '../excel/templateWriter'; import '../i18n/lang';" },
  { filePath: 'src/taskpane/index.tsx', code: "import '../excel/gateway';" },
  { filePath: 'src/taskpane/index.tsx', code: "import '../excel/officeJs';" },
  { filePath: 'src/taskpane/harness/probe.ts', code: "import '../../xlsx/readSnapshot';" },
  { filePath: 'src/taskpane/components/probe.tsx', code: "import '../../i18n/lang'; import '../../domain/gateway';" },
  { filePath: 'tests/probe.ts', code: "import '../src/excel/gateway'; import '../src/cli/io';" },
  { filePath: 'src/commands/probe.ts', code: 'export const run = Excel.run;' },
  { filePath: 'src/excel/probe.ts', code: 'export const run = Excel.run;' },
];

function lint(probes: readonly Probe[]): LintMessage[][] {
  const out = execFileSync(process.execPath, [join(__dirname, 'lintProbes.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(out) as LintMessage[][];
}

describe('lint import zones', () => {
  const results = lint([...FORBIDDEN, ...ALLOWED]);

  it.each(FORBIDDEN.map((p, i) => [`${p.filePath}: ${p.code}`, p, i] as const))('fails %s', (_name, probe, i) => {
    const rules = results[i].map((m) => m.ruleId);
    expect(rules).toContain(probe.rule);
  });

  it('says which layer may import what', () => {
    const message = results[0].find((m) => m.ruleId === 'layers/imports')?.message;
    expect(message).toBe(
      'src/domain may not import src/cli (src/cli/io): dependencies point inward, src/domain may import nothing outside itself (docs/architecture.md).',
    );
  });

  it.each(ALLOWED.map((p, i) => [`${p.filePath}: ${p.code}`, FORBIDDEN.length + i] as const))('passes %s', (_name, i) => {
    const layered = results[i].filter((m) => ['layers/imports', 'no-restricted-imports', 'no-restricted-globals'].includes(m.ruleId ?? ''));
    expect(layered).toEqual([]);
  });
});
