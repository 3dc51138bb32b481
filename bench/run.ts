/**
 * Runs every bench/*.bench.ts (each exports `async function bench(): Promise<{name, value, unit}[]>`)
 * one after another and prints one table. `tsx bench/run.ts [filter]` runs only files whose name
 * contains the filter. Exit code 1 if a bench failed (the others still run).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchResult {
  readonly name: string;
  readonly value: number | string;
  readonly unit: string;
}

type BenchModule = { bench?: () => Promise<BenchResult[]> };

async function main(): Promise<number> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort();
  const rows: [string, string, string, string][] = [];
  let failed = 0;
  for (const file of files) {
    process.stderr.write(`running ${file}…\n`);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- bench files are found at run time
      const mod = require(join(__dirname, file)) as BenchModule;
      if (typeof mod.bench !== 'function') throw new Error('exports no bench() function');
      for (const r of await mod.bench()) rows.push([file, r.name, String(r.value), r.unit]);
    } catch (e) {
      failed++;
      rows.push([file, `FAILED: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, '', '']);
    }
  }
  const header: [string, string, string, string] = ['file', 'measure', 'value', 'unit'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  process.stdout.write([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n');
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
