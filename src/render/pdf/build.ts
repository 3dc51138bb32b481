/**
 * The meeting handout as PDF bytes: the charts drawn as SVG at the size they are printed, then the
 * document made by pdfmake, which the caller hands in set up for its platform (fonts from files in
 * Node, from its virtual file system in the browser).
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ChartId } from '../../domain/charts/types';
import type { Handout } from '../../domain/handout/handout';
import { chartToSvg } from '../charts/svg';
import { CHART_SIZES, handoutDocument } from './document';

/** The part of pdfmake (0.3, Node or browser build) the handout needs. */
export interface PdfMaker {
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

export async function handoutSvgs(h: Handout): Promise<Partial<Record<ChartId, string>>> {
  const svgs: Partial<Record<ChartId, string>> = {};
  for (const chart of h.charts) svgs[chart.id] = await chartToSvg(chart, CHART_SIZES[chart.id]);
  return svgs;
}

export async function handoutPdf(h: Handout, pdf: PdfMaker): Promise<Uint8Array> {
  return pdf.createPdf(handoutDocument(h, await handoutSvgs(h))).getBuffer();
}
