/**
 * *Ladda ner mötesunderlag (PDF)* in the browser page: the same handout as `plankoll report`, made from
 * the in-memory workbook with the same domain and renderer, and handed to the browser as a download.
 */
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import { makeHandout } from '../../domain/handout';
import { checkSeal, sealLine } from '../../domain/seal';
import { localIsoMinute } from '../../domain/summary/generate';
import { validate } from '../../domain/validate';
import { browserPdfMaker } from './browserPdf';

export interface HandoutFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** `Mötesunderlag 2011-12-31.pdf`: the document's kind and report date (no workbook text in a file name). */
export function handoutFileName(reportDate: string, lang: Lang): string {
  return `${lang === 'sv' ? 'Mötesunderlag' : 'Meeting handout'} ${reportDate}.pdf`;
}

export async function makeHandoutPdf(gateway: WorkbookGateway, lang: Lang, now: Date = new Date()): Promise<HandoutFile> {
  const snapshot = await gateway.readSnapshot();
  const result = validate(snapshot, { today: localIsoMinute(now).slice(0, 10), lang });
  const check = await checkSeal(snapshot.seal, result.model);
  const handout = makeHandout(result.model, result.reportDate, {
    counts: result.counts,
    seal: sealLine(check, lang),
    generatedAt: localIsoMinute(now),
    lang,
  });
  const [{ handoutPdf }, pdf] = await Promise.all([import(/* webpackChunkName: "pdf" */ '../../render/pdf/build'), browserPdfMaker()]);
  return { name: handoutFileName(result.reportDate, lang), bytes: await handoutPdf(handout, pdf) };
}

/** Offers the file to the user as a download. */
export function saveFile(file: HandoutFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
