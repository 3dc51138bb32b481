/**
 * The summary as a plain-text report for `plankoll summary` (without --json): totals, per municipality,
 * per goal with its light as a word, per status, and the overdue list. Swedish by default.
 * With follow-up data (SPEC §7): forecast and deviation beside budget and spent, each goal's trend (word
 * and arrow), what changed since the previous follow-up, and the history of follow-ups.
 */
import type { FindingCounts, Lang } from '../finding';
import type { SummaryLabels } from './labels';
import { summaryLabels } from './labels';
import type { Summary, SummaryStatus } from './types';

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

/** Since the previous follow-up, and the history of follow-ups (SPEC §3). */
function followUpText(s: Summary, l: SummaryLabels): string[] {
  const out: string[] = ['', l.sincePrevious];
  const since = s.sincePrevious ?? null;
  if (s.previous === null || s.previous === undefined || since === null) out.push(`  ${l.noPrevious}`);
  else {
    out.push(`  ${l.previousFollowUp}: ${s.previous.period} (${s.previous.date})`, '');
    out.push(
      ...table(
        [
          [l.municipality, l.spentBefore, l.spentNow, l.change],
          ...since.byMunicipality.map((m) => [m.name, formatKronor(m.spentBefore), formatKronor(m.spent), formatKronor(m.change)]),
        ],
        [false, true, true, true],
      ),
      '',
    );
    out.push(
      ...table(
        [
          [l.goalId, l.lightBefore, l.lightNow, l.trend, l.goal],
          ...since.goals.map((g) => [
            g.id ?? l.noGoal,
            g.before === null ? l.noTrend : l.lights[g.before],
            l.lights[g.now],
            g.trend === null ? l.noTrend : l.trends[g.trend],
            g.id === null ? '' : g.name,
          ]),
        ],
        [false, false, false, false, false],
      ),
      '',
    );
    if (since.changes.length === 0) out.push(`  ${l.noActionChanges}`);
    else {
      const status = (x: SummaryStatus | undefined): string => (x === undefined ? '' : l.statuses[x]);
      out.push(
        ...table(
          [
            [l.id, l.changeKind, l.from, l.to, l.action],
            ...since.changes.map((c) => [c.id, l.changeKinds[c.kind], status(c.from), status(c.to), c.action]),
          ],
          [false, false, false, false, false],
        ),
      );
    }
  }
  out.push('', l.history);
  out.push(
    ...table(
      [
        [l.period, l.date, l.budget, l.spent, l.forecast],
        ...(s.history ?? []).map((h) => [h.period, h.date, formatKronor(h.budget), formatKronor(h.spent), formatKronor(h.forecast)]),
      ],
      [false, false, true, true, true],
    ),
  );
  return out;
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
        ...(t.forecast !== undefined && t.deviation !== undefined
          ? [
              [l.forecast, formatKronor(t.forecast)],
              [l.deviation, formatKronor(t.deviation)],
            ]
          : []),
        [l.actions, String(t.actions)],
        [l.done, String(t.done)],
        [l.overdue, String(t.overdue)],
      ],
      [false, false],
    ),
  );

  const withForecast = t.forecast !== undefined;
  const forecastCells = (x: { forecast?: number; deviation?: number }): string[] =>
    withForecast ? [formatKronor(x.forecast ?? 0), formatKronor(x.deviation ?? 0)] : [];
  const forecastHeader = withForecast ? [l.forecast, l.deviation] : [];
  const forecastRight = withForecast ? [true, true] : [];

  if (s.byMunicipality.length > 0) {
    out.push('', l.byMunicipality);
    out.push(
      ...table(
        [
          [l.municipality, l.budget, l.spent, l.remaining, ...forecastHeader],
          ...s.byMunicipality.map((m) => [m.name, formatKronor(m.budget), formatKronor(m.spent), formatKronor(m.remaining), ...forecastCells(m)]),
        ],
        [false, true, true, true, ...forecastRight],
      ),
    );
  }

  if (s.byGoal.length > 0) {
    out.push('', l.byGoal);
    out.push(
      ...table(
        [
          [l.goalId, l.light, ...(withForecast ? [l.trend] : []), l.actions, l.done, l.overdue, l.budget, l.spent, ...forecastHeader, l.goal],
          ...s.byGoal.map((g) => [
            g.id ?? l.noGoal,
            l.lights[g.light],
            ...(withForecast ? [g.trend === null || g.trend === undefined ? l.noTrend : l.trends[g.trend]] : []),
            String(g.actions),
            String(g.done),
            String(g.overdue),
            formatKronor(g.budget),
            formatKronor(g.spent),
            ...forecastCells(g),
            g.id === null ? '' : g.name,
          ]),
        ],
        [false, false, ...(withForecast ? [false] : []), true, true, true, true, true, ...forecastRight, false],
      ),
    );
  }

  if (s.history !== undefined) out.push(...followUpText(s, l));

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
