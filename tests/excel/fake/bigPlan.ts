/**
 * A large Åtgärder table as office-js reports its values (deterministic, so a test can rebuild any row).
 * Used by the large-read test and bench/excel.bench.ts.
 */
const HEADER = [
  'ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status',
  'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen', 'Utfall (kr)', 'Kommentar',
];
const STATUSES = ['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten'];

export function bigActionRow(i: number): unknown[] {
  const budget = 10_000 + (i % 97) * 1_000;
  const mora = Math.round(budget * 0.5857);
  const orsa = Math.round(budget * 0.202);
  return [
    `A${String(i).padStart(6, '0')}`,
    `Åtgärd ${i}: e-tjänst för invånare i Mora, Orsa och Älvdalen`,
    `M${(i % 9) + 1}`,
    i % 3 === 0 ? 'IT-strateg' : 'Projektledare',
    'Styrgrupp',
    40_725 + (i % 365),
    41_090 + (i % 365),
    STATUSES[i % STATUSES.length],
    budget,
    mora,
    orsa,
    budget - mora - orsa,
    i % 4 === 0 ? '' : budget / 2,
    i % 10 === 0 ? `Kommentar till rad ${i}` : '',
  ];
}

/** Header and `n` data rows (row i is data row i, 1-based). */
export function bigActionRows(n: number): unknown[][] {
  const rows: unknown[][] = new Array<unknown[]>(n + 1);
  rows[0] = [...HEADER];
  for (let i = 1; i <= n; i++) rows[i] = bigActionRow(i);
  return rows;
}
