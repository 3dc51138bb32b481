/**
 * The summary as a plain-text report for `plankoll summary` (without --json): totals, per municipality,
 * per goal with its light as a word, per status, and the overdue list. Swedish by default.
 */
import type { FindingCounts, Lang } from '../finding';
import { summaryLabels } from './labels';
import type { Summary } from './types';

/** sv-SE grouping (`2 290 000`), öre only when there are any; plain spaces and hyphen-minus for terminals. */
export function formatKronor(amount: number): string {
  const text = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(amount);
  return `${text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')} kr`;
}

export function formatPercent(fraction: number): string {
  return `${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction * 100).replace(/\u2212/g, '-')} %`;
}

/** Columns padded to their widest cell; `right` columns are right-aligned. */
function table(rows: readonly (readonly string[])[], right: readonly boolean[], indent = '  '): string[] {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)), []);
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (right[i] ? cell.padStart(widths[i]) : i === row.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
  );
}

export function formatSummaryText(s: Summary, counts: FindingCounts | null, lang: Lang = 'sv'): string {
  const l = summaryLabels(lang);
  const out: string[] = [];
  out.push(s.plan.name.trim() === '' ? l.untitledPlan : s.plan.name);
  out.push(`${l.reportDate}: ${s.plan.reportDate}`);
  const decision = [s.plan.decisionDate, s.plan.decidedBy].filter((x): x is string => typeof x === 'string' && x !== '');
  if (decision.length > 0) out.push(`${l.decision}: ${decision.join(', ')}`);
  if (counts !== null) out.push(`${l.validation}: ${l.validationText(counts.error, counts.warning, counts.info)}`);

  const t = s.totals;
  out.push('', l.totals);
  out.push(
    ...table(
      [
        [l.budget, formatKronor(t.budget)],
        [l.spent, formatKronor(t.spent) + (t.percentSpent === null ? '' : ` (${formatPercent(t.percentSpent)})`)],
        [l.remaining, formatKronor(t.remaining)],
        [l.actions, String(t.actions)],
        [l.done, String(t.done)],
        [l.overdue, String(t.overdue)],
      ],
      [false, false],
    ),
  );

  if (s.byMunicipality.length > 0) {
    out.push('', l.byMunicipality);
    out.push(
      ...table(
        [
          [l.municipality, l.budget, l.spent, l.remaining],
          ...s.byMunicipality.map((m) => [m.name, formatKronor(m.budget), formatKronor(m.spent), formatKronor(m.remaining)]),
        ],
        [false, true, true, true],
      ),
    );
  }

  if (s.byGoal.length > 0) {
    out.push('', l.byGoal);
    out.push(
      ...table(
        [
          [l.goalId, l.light, l.actions, l.done, l.overdue, l.budget, l.spent, l.goal],
          ...s.byGoal.map((g) => [
            g.id ?? l.noGoal,
            l.lights[g.light],
            String(g.actions),
            String(g.done),
            String(g.overdue),
            formatKronor(g.budget),
            formatKronor(g.spent),
            g.id === null ? '' : g.name,
          ]),
        ],
        [false, false, true, true, true, true, true, false],
      ),
    );
  }

  out.push('', l.byStatus);
  out.push(...table(s.byStatus.map((x) => [l.statuses[x.status], String(x.count)]), [false, true]));

  out.push('', l.overdueList);
  if (s.overdue.length === 0) out.push(`  ${l.noOverdue}`);
  else {
    out.push(
      ...table(
        [[l.id, l.end, l.daysLate, l.responsible, l.action], ...s.overdue.map((o) => [o.id, o.end, String(o.daysLate), o.responsible, o.action])],
        [false, false, true, false, false],
      ),
    );
  }
  return out.join('\n') + '\n';
}
