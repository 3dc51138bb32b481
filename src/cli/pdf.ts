/**
 * pdfmake in Node for the handout: Roboto from the pdfmake package (Apache 2.0; it carries å, ä and ö),
 * embedded in the PDF. The document reads no other file and fetches nothing.
 */
import { dirname, join } from 'node:path';
import type { PdfMaker } from '../render/pdf/build';
import { HANDOUT_FONT } from '../render/pdf/document';

interface NodePdfMake extends PdfMaker {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
}

let instance: NodePdfMake | null = null;

export function nodePdfMaker(): PdfMaker {
  if (instance !== null) return instance;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- pdfmake's Node build is CommonJS without its own types for this entry
  const pdf = require('pdfmake') as NodePdfMake;
  const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const files = {
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
  };
  const allowed = new Set(Object.values(files));
  pdf.setFonts({ [HANDOUT_FONT]: files });
  pdf.setUrlAccessPolicy(() => false);
  pdf.setLocalAccessPolicy((path) => allowed.has(path));
  instance = pdf;
  return pdf;
}
