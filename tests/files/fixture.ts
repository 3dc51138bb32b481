/** Generates a fixture of scripts/make-fixtures.ts on demand and validates it the way the CLI does. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, FIXTURES_DIR } from '../../scripts/make-fixtures';
import type { Finding } from '../../src/domain/finding';
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import { validate } from '../../src/domain/validate';
import { readWorkbookBytes } from '../../src/xlsx/read';

/** Fixtures this test process wrote (each is regenerated once per process, so edits to the script count). */
const written = new Set<string>();

/** Writes the fixture (atomically: test files run in parallel) and returns its path. */
export async function fixturePath(name: string): Promise<string> {
  const make = FIXTURES[name];
  if (make === undefined) throw new Error(`no fixture ${name}`);
  mkdirSync(FIXTURES_DIR, { recursive: true });
  const path = join(FIXTURES_DIR, name);
  if (!written.has(name)) {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, await make());
    renameSync(tmp, path);
    written.add(name);
  }
  return path;
}

export async function readFixture(name: string): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(readFileSync(await fixturePath(name)));
}

export async function validateFixture(name: string, reportDate?: string): Promise<readonly Finding[]> {
  const snapshot = await readFixture(name);
  return validate(snapshot, { today: '2026-11-27', ...(reportDate !== undefined ? { reportDate } : {}) }).findings;
}

/** `B003 Actions!C3` per finding, sorted: compared as a whole, so a missing or an extra finding fails. */
export function where(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`).sort();
}

export function only(findings: readonly Finding[], code: string): Finding {
  const matches = findings.filter((f) => f.code === code);
  if (matches.length !== 1) throw new Error(`expected one ${code}, found ${matches.length}`);
  return matches[0];
}
