/**
 * The summary sheet's page layout through office-addin-mock: the settings land on a Worksheet-shaped
 * mock object exactly as office-js names them (ExcelApi 1.9).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { applyPrintLayout } from '../../src/excel/summaryWriter';
import { layoutSummary } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import { makeInfo, makePlan } from '../builders/model';

const print = layoutSummary(summarize(makePlan({ info: makeInfo({ name: 'Plan för IS & IT' }) }), '2011-06-30'), {
  generatedAt: '2011-06-30T14:05',
  counts: { error: 1, warning: 0, info: 0 },
  seal: 'Ej förseglad',
  lang: 'en',
}).print;

test('applyPrintLayout sets paper, orientation, fit, print area, gridlines, header, footer and page breaks', () => {
  if (print === undefined) throw new Error('the summary layout has no print settings');
  const printAreas: string[] = [];
  const breaks: string[] = [];
  const sheet = new OfficeMockObject({
    pageLayout: {
      paperSize: 'Letter',
      orientation: 'Portrait',
      zoom: { scale: 100 },
      printGridlines: true,
      centerHorizontally: false,
      setPrintArea: (area: string) => printAreas.push(area),
      headersFooters: {
        defaultForAllPages: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
      },
    },
    horizontalPageBreaks: { add: (at: string) => breaks.push(at) },
  });
  applyPrintLayout(sheet as unknown as Excel.Worksheet, print);
  const page = (sheet as unknown as { pageLayout: Record<string, unknown> & { headersFooters: { defaultForAllPages: Record<string, string> } } }).pageLayout;
  expect(page.paperSize).toBe('A4');
  expect(page.orientation).toBe('Landscape');
  expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect(page.printGridlines).toBe(false);
  expect(page.centerHorizontally).toBe(true);
  expect(printAreas).toEqual([print.area]);
  expect(breaks).toEqual(print.pageBreaks);
  const hf = page.headersFooters.defaultForAllPages;
  // A literal & is doubled in Excel's header code; &P and &N are the page number and count.
  expect(hf.centerHeader).toBe('&"-,Bold"&12Plan för IS && IT');
  expect(hf.leftFooter).toBe('Report date 2011-06-30 · Validation: 1 error, 0 warnings');
  expect(hf.centerFooter).toBe('Ej förseglad');
  expect(hf.rightFooter).toBe('Page &P of &N');
});
