/** Runs the CLI in-process with captured output (fast), for the CLI tests. */
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(argv: readonly string[], today = '2026-11-27'): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), today });
  return { code, out, err };
}

export const ROOT = join(__dirname, '..', '..');
export const CLEAN = join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx');
export const WITH_PROBLEMS = join(ROOT, 'examples', 'handlingsplan-is-it-2011-med-fel.xlsx');
