/**
 * pdfmake in the browser for the handout: its own build with Roboto from its virtual file system (the
 * same font files the CLI embeds). Loaded on first use: neither the page's first scripts nor the task
 * pane carry it.
 */
import type { PdfMaker } from '../../render/pdf/build';

let loading: Promise<PdfMaker> | null = null;

export function browserPdfMaker(): Promise<PdfMaker> {
  loading ??= (async () => {
    const [pdf, vfs] = await Promise.all([
      import(/* webpackChunkName: "pdf" */ 'pdfmake/build/pdfmake'),
      import(/* webpackChunkName: "pdf" */ 'pdfmake/build/vfs_fonts'),
    ]);
    const pdfMake = (pdf as unknown as { default?: typeof pdf }).default ?? pdf;
    const fonts = (vfs as unknown as { default?: Record<string, string> }).default ?? (vfs as unknown as Record<string, string>);
    pdfMake.addVirtualFileSystem(fonts);
    return pdfMake as unknown as PdfMaker;
  })();
  return loading;
}
