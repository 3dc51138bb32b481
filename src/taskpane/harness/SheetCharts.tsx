/**
 * The charts of an add-in sheet as the page shows them: each chart's description drawn as SVG by the
 * same renderer as the PDF's (Vega, loaded on first use so the page's first scripts stay small). Vega
 * makes the SVG elements and sets their text as text: nothing from the workbook is parsed as markup.
 */
import { useEffect, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartDescription } from '../../domain/charts/types';
import type { LayoutChart } from '../../domain/summary/layout';
import type { HarnessStrings } from './harnessStrings';

/** On screen the charts are drawn a little larger than in the PDF, two to a row on a wide page. */
const SIZES: Readonly<Record<ChartDescription['kind'], { readonly width: number; readonly height: number }>> = {
  column: { width: 520, height: 250 },
  doughnut: { width: 420, height: 250 },
  bar: { width: 420, height: 280 },
};

const useStyles = makeStyles({
  charts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: `${tokens.spacingVerticalS} 0` },
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: '#ffffff',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '120px',
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function Chart({ chart, h }: { readonly chart: LayoutChart; readonly h: HarnessStrings }): JSX.Element {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const container = ref.current;
    if (container === null) return;
    let release: (() => void) | null = null;
    let cancelled = false;
    import(/* webpackChunkName: "charts" */ '../../render/charts/svg')
      .then((m) => m.drawChartInto(chart.chart, SIZES[chart.chart.kind], container))
      .then((done) => {
        if (cancelled) done();
        else release = done;
      })
      .catch((e: unknown) => {
        if (!cancelled) setFailed(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
      release?.();
      container.replaceChildren();
    };
  }, [chart]);
  return (
    <figure className={styles.figure} aria-label={chart.chart.title} data-chart={chart.chart.id}>
      <div ref={ref} />
      <figcaption className={styles.caption}>{failed === null ? h.chartSource(chart.source) : h.chartFailed(failed)}</figcaption>
    </figure>
  );
}

export function SheetCharts({ charts, h }: { readonly charts: readonly LayoutChart[]; readonly h: HarnessStrings }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.charts} role="group" aria-label={h.charts}>
      {charts.map((c) => (
        <Chart key={c.name} chart={c} h={h} />
      ))}
    </div>
  );
}
