/**
 * Why a workbook file cannot be read: the `reason` of the file adapter's XlsxError (src/xlsx/errors.ts),
 * which each outer layer says in its own words (src/i18n/failure.ts for the pane and the ribbon, the CLI's
 * one error line). Here, in the core, so that those layers share one list without importing each other.
 */
export type FileReason =
  /** No file at the path. */
  | 'notFound'
  /** The path is a folder. */
  | 'directory'
  /** The file system refused. */
  | 'permission'
  /** Any other failure to read the bytes. */
  | 'io'
  /** Zero bytes. */
  | 'empty'
  /** A password-protected (encrypted) workbook. */
  | 'encrypted'
  /** An old binary .xls workbook. */
  | 'oldXls'
  /** Neither an .xlsx/.xlsm package nor an .ods spreadsheet. */
  | 'notWorkbook'
  /** A workbook package with a broken part (named in the message). */
  | 'damaged'
  /** A row or column beyond Excel's grid. */
  | 'beyondLimits'
  /** More to unpack or keep than the reader's limits allow (a zip bomb, a huge sheet). */
  | 'tooLarge';
