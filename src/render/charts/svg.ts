/**
 * Chart descriptions drawn by Vega (through Vega-Lite): as an SVG string (for the PDF, in Node and in the
 * browser alike, without a canvas), or as live SVG elements in a page (text set as text, never parsed
 * as markup).
 */
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import type { ChartDescription } from '../../domain/charts/types';
import type { ChartSize } from './vegaLite';
import { toVegaLite } from './vegaLite';

function view(d: ChartDescription, size: ChartSize, options: ConstructorParameters<typeof View>[1]): View {
  return new View(parse(compile(toVegaLite(d, size)).spec), options);
}

export async function chartToSvg(d: ChartDescription, size: ChartSize): Promise<string> {
  const v = view(d, size, { renderer: 'none' });
  try {
    return await v.toSVG();
  } finally {
    v.finalize();
  }
}

/** Draws the chart as SVG elements inside `container`; call the returned function to let go of it. */
export async function drawChartInto(d: ChartDescription, size: ChartSize, container: HTMLElement): Promise<() => void> {
  const v = view(d, size, { renderer: 'svg', container, hover: false });
  await v.runAsync();
  return () => v.finalize();
}
