/** The one failure mapping (src/i18n/failure.ts) over every kind of failure, in both languages. */
import { GatewayError, OfficeLoadError } from '../../src/domain/hostErrors';
import { NotAPlanError } from '../../src/domain/summary/notAPlan';
import { TemplateConflictError } from '../../src/domain/template/placement';
import { FollowUpConflictError } from '../../src/domain/record/conflicts';
import { FILE_REASONS, failureLine, failureText } from '../../src/i18n/failure';
import { XlsxError } from '../../src/xlsx/errors';
import type { XlsxErrorReason } from '../../src/xlsx/errors';
import { UnreadableWorkbook } from '../../src/xlsx/read/errors';
import { readWorkbookBytes } from '../../src/xlsx/read';

describe('failureText', () => {
  it('a refused gateway operation: what failed, what to do for its office-js code, Excel’s text only in the detail', () => {
    const e = new GatewayError('writeSummary', 'Kunde inte skriva sammanfattningen: Locked. (AccessDenied)', 'AccessDenied', 'Locked. (AccessDenied)');
    expect(failureText(e, 'sv')).toEqual({
      what: 'Plankoll kunde inte skriva sammanfattningen.',
      todo: 'Arbetsboken eller bladet är skyddat eller skrivskyddat. Ta bort skyddet (fliken Granska) eller spara en egen kopia och försök igen.',
      detail: 'Locked. (AccessDenied)',
    });
    const editing = failureText(new GatewayError('read', 'x', 'InvalidOperationInCellEditMode', 'x'), 'en');
    expect(editing.todo).toBe('Excel is editing a cell. Press Enter or Esc in the cell and try again.');
    expect(failureText(new GatewayError('select', 'x', 'ItemNotFound', 'x'), 'sv').todo).toMatch(/^Arbetsboken har ändrats/);
    expect(failureText(new GatewayError('read', 'x', 'ResponsePayloadSizeLimitExceeded', 'x'), 'sv').todo).toMatch(/skrivbordsversionen av Excel/);
    expect(failureText(new GatewayError('read', 'x', 'GeneralException', 'x'), 'sv').todo).toMatch(/^Försök igen/);
    expect(failureText(new GatewayError('read', 'x', null, ''), 'sv').detail).toBeNull();
  });

  it('a refusal that is already the user’s message stays as it is, also wrapped by the gateway', () => {
    const conflict = new TemplateConflictError(['Åtgärder'], 'sv');
    expect(failureText(conflict, 'sv')).toEqual({ what: conflict.message, todo: '', detail: null });
    const followUp = new FollowUpConflictError({ kind: 'tableChanged', table: 'Uppföljning' }, 'sv');
    const wrapped = new GatewayError('writeFollowUp', `Kunde inte spara uppföljningen: ${followUp.message}`, null, followUp.message, { cause: followUp });
    expect(failureText(wrapped, 'sv').what).toBe(followUp.message);
    expect(failureText(new NotAPlanError(['Åtgärder'], 'en'), 'en').what).toMatch(/^The workbook lacks the action plan's sheets or tables: Åtgärder\./);
  });

  it('office.js that could not load, did not arrive or got no answer: three messages, none "open in Excel"', () => {
    const unavailable = failureText(new OfficeLoadError('unavailable', 'https://x/office.js could not be loaded'), 'sv');
    expect(unavailable.what).toBe('Plankoll kunde inte ladda office.js, Microsofts bibliotek som kopplar tillägget till Excel.');
    expect(unavailable.todo).toMatch(/proxy/);
    expect(unavailable.detail).toBe('https://x/office.js could not be loaded');
    expect(failureText(new OfficeLoadError('slow', 'x'), 'en').what).toMatch(/has not arrived/);
    expect(failureText(new OfficeLoadError('timeout', 'x'), 'en').what).toBe('Excel did not answer when Plankoll started.');
  });

  it('a part fetched on demand that did not arrive (webpack ChunkLoadError): one line and what to do, webpack’s text only as the detail', () => {
    // As webpack's runtime makes it when a lazy chunk's script fails to load.
    const e = Object.assign(new Error('Loading chunk 17 failed.\n(error: https://x/dialogs.1234abcd.js)'), { name: 'ChunkLoadError', type: 'error' });
    expect(failureText(e, 'sv')).toEqual({
      what: 'En del av Plankoll kunde inte hämtas.',
      todo: 'Kontrollera nätverksanslutningen och försök igen. Om felet kvarstår: stäng aktivitetsfönstret (eller sidan) och öppna Plankoll igen.',
      detail: 'Loading chunk 17 failed.',
    });
    expect(failureLine(e, 'en')).toMatch(/^A part of Plankoll could not be fetched\. Check the network connection/);
  });

  it('a file that is not a workbook: which file and why in the user’s words, the reader’s text in the detail', () => {
    let thrown: unknown;
    try {
      readWorkbookBytes(new TextEncoder().encode('just some text, not a zip'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UnreadableWorkbook);
    const f = failureText(thrown, 'sv', { file: 'anteckningar.txt' });
    expect(f.what).toBe('anteckningar.txt kunde inte öppnas: inte en Excel-arbetsbok (.xlsx/.xlsm) eller ett .ods-kalkylark.');
    expect(f.todo).toBe('Välj en annan fil, eller öppna filen i Excel och spara den som .xlsx.');
    expect(f.detail).toBe((thrown as Error).message);

    const xlsx = new XlsxError('encrypted', 'plan.xlsx', 'the workbook is encrypted', { cause: new Error('CFB header') });
    expect(failureText(xlsx, 'en', { file: 'plan.xlsx' }).what).toBe(
      'plan.xlsx could not be opened: the workbook is password-protected (encrypted); save it in Excel as .xlsx without a password.',
    );
    expect(failureText(xlsx, 'en').detail).toBe('cannot read plan.xlsx: the workbook is encrypted\nCFB header');
  });

  it('anything else: a plain apology and what to do, the raw text only as the detail', () => {
    const f = failureText(new TypeError("Cannot read properties of undefined (reading 'x')"), 'sv');
    expect(f.what).toBe('Något oväntat gick fel i Plankoll.');
    expect(f.detail).toBe("Cannot read properties of undefined (reading 'x')");
    expect(failureLine('boom', 'en')).toBe('Something unexpected went wrong in Plankoll. Try again. If it keeps failing, close the task pane and open Plankoll again.');
  });

  it('has words for every reason the file adapter gives', () => {
    const reasons: Record<XlsxErrorReason, true> = {
      notFound: true, directory: true, permission: true, io: true, empty: true, encrypted: true,
      oldXls: true, notWorkbook: true, damaged: true, beyondLimits: true, tooLarge: true,
    };
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(FILE_REASONS[lang]).sort()).toEqual(Object.keys(reasons).sort());
  });
});
