/**
 * A plan workbook with thousands of findings, for the browser tests and the filter bench: the bench plan
 * (bench/generate.ts) with every action given an unknown responsible (R002, error), an unknown decision
 * maker (R004, error) and an end date long past while it is still under way (P007, warning): three
 * findings per action, 1 000 actions → 3 000 findings, each code at its cap of 1 000 and none left out.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPlan } from '../../bench/generate';
import type { PlanWorkbook } from '../../src/domain/example';
import { writePlanXlsx } from '../../src/xlsx/writePlan';

export function manyFindingsPlan(actions: number, five = false): PlanWorkbook {
  const plan = benchPlan(actions);
  return {
    // Without the example's earlier follow-ups: they are of its own 18 actions, not of these.
    tables: plan.tables.filter((t) => t.table !== 'Uppfoljning').map((t) =>
      t.table !== 'Atgarder'
        ? t
        : {
            ...t,
            rows: t.rows.map((r) => {
              const row = [r[0], r[1], r[2], 'Okänd projektledare', 'Okänd nämnd', r[5], { date: '2011-06-30' }, 'Pågår', ...r.slice(8)];
              // five: also an unknown goal (P003) and spent over budget (B009), for 5 000 findings from 1 000 actions
              if (five) {
                row[2] = 'M99';
                row[12] = (r[8] as number) + 1_000;
              }
              return row;
            }),
          },
    ),
  };
}

/** Writes the workbook to a temp file and returns its path. */
export async function writeManyFindings(actions: number, five = false): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'plankoll-many-')), `handlingsplan-${actions}-atgarder${five ? '-5' : ''}.xlsx`);
  writeFileSync(path, await writePlanXlsx(manyFindingsPlan(actions, five)));
  return path;
}
