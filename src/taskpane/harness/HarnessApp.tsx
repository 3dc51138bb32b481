/**
 * The browser harness: the real task pane App over the in-memory workbook, beside a view of that workbook.
 * It opens the bundled example with deliberate problems; a file picker opens any local .xlsx.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import {
  Button,
  FluentProvider,
  Label,
  Switch,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../../domain/finding';
import { App } from '../App';
import { ErrorMessage } from '../components/ErrorMessage';
import { failureText } from '../../i18n/failure';
import type { PaneTheme } from '../App';
import type { PaneServices } from '../services';
import { harnessStrings } from './harnessStrings';
import { workbookFromXlsx } from './loadXlsx';
import { MemoryGateway } from './memoryGateway';
import { WorkbookView } from './WorkbookView';

export const EXAMPLE_FILE = 'examples/handlingsplan-is-it-2011-med-fel.xlsx';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  titleBlock: { flexGrow: 1, minWidth: '16em' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  body: { display: 'flex', flexWrap: 'wrap', flexGrow: 1, alignItems: 'stretch' },
  workbook: { flexGrow: 1, flexBasis: '30em', minWidth: 0, padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  pane: {
    // About the width of Excel's task pane, so the harness shows what a controller sees.
    width: '350px',
    flexGrow: 0,
    flexShrink: 0,
    maxWidth: '100%',
    minWidth: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  fileField: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  fileInput: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
  // The page's own controls are the browser's, in the theme's colours, like the file input: the pane is
  // what the page shows off (Fluent's Select would cost the page's first load 3 KB gzipped for two options).
  select: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type HandoutState =
  | { readonly kind: 'making' }
  | { readonly kind: 'ready'; readonly file: string }
  | { readonly kind: 'failed'; readonly error: unknown };

/** `open` is the workbook the pane works on, kept through a failed attempt to open another. */
type LoadState =
  | { readonly kind: 'loading' | 'open'; readonly file: string; readonly open: string | null }
  | { readonly kind: 'failed'; readonly file: string; readonly error: unknown; readonly open: string | null };

export interface HarnessAppProps {
  readonly services: PaneServices;
  readonly initialLang?: Lang;
  /** Fetched relative to the page at start; null opens nothing. */
  readonly initialFile?: string | null;
}

export function HarnessApp({ services, initialLang = 'sv', initialFile = EXAMPLE_FILE }: HarnessAppProps): JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<PaneTheme>('light');
  const [load, setLoad] = useState<LoadState | null>(null);
  /** Bumped when a workbook is opened, so the pane starts afresh for it. */
  const [opened, setOpened] = useState(0);
  const gateway = useMemo(
    () => new MemoryGateway({ sheets: [], tables: [], seal: null }, { latencyMs: 120 }),
    [],
  );
  const h = harnessStrings(lang);
  const fileInputId = useId();
  const langId = useId();
  const [handout, setHandout] = useState<HandoutState | null>(null);
  /** The file whose workbook the gateway holds (a failed open leaves it). */
  const openFile = useRef<string | null>(null);

  const downloadHandout = async (): Promise<void> => {
    setHandout({ kind: 'making' });
    try {
      // Fetched with the PDF renderer on the first click (the handout tallies like the summary; none of it is needed before).
      const { makeHandoutPdf, saveFile } = await import(/* webpackChunkName: "pdf" */ './handoutDownload');
      const file = await makeHandoutPdf(gateway, lang);
      saveFile(file);
      setHandout({ kind: 'ready', file: file.name });
    } catch (e) {
      setHandout({ kind: 'failed', error: e });
    }
  };

  const open = useCallback(
    async (file: string, bytes: () => Promise<ArrayBuffer>) => {
      const before = openFile.current;
      setLoad({ kind: 'loading', file, open: before });
      try {
        gateway.load(await workbookFromXlsx(await bytes()));
        openFile.current = file;
        setLoad({ kind: 'open', file, open: file });
        setOpened((n) => n + 1);
      } catch (e) {
        // Not swallowed: the page says the file could not be opened, why, and which workbook is still open.
        setLoad({ kind: 'failed', file, error: e, open: before });
      }
    },
    [gateway],
  );

  useEffect(() => {
    if (initialFile === null) return;
    const name = initialFile.split('/').pop() ?? initialFile;
    // Fetching the page's initial file is syncing with the outside; open() first shows it as loading.
    void open(name, async () => {
      const response = await fetch(initialFile);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.arrayBuffer();
    });
  }, [initialFile, open]);

  const onFile = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    if (file) void open(file.name, () => file.arrayBuffer());
    e.target.value = '';
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = h.title;
  }, [lang, h.title]);

  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <div className={styles.titleBlock}>
            <h1 className={styles.title}>{h.title}</h1>
            <p className={styles.intro}>{h.intro}</p>
          </div>
          <div className={styles.fileField}>
            <Label htmlFor={fileInputId}>{h.openFile}</Label>
            <input
              id={fileInputId}
              className={styles.fileInput}
              type="file"
              accept=".xlsx,.xlsm,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.oasis.opendocument.spreadsheet"
              onChange={onFile}
            />
          </div>
          <Button appearance="primary" disabled={load?.kind !== 'open' || handout?.kind === 'making'} onClick={() => void downloadHandout()}>
            {h.downloadHandout}
          </Button>
          <div className={styles.fileField}>
            <Label htmlFor={langId}>{h.language}</Label>
            <select id={langId} className={styles.select} value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'sv')}>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </div>
          <Switch label={h.dark} checked={theme === 'dark'} onChange={(_e, data) => setTheme(data.checked ? 'dark' : 'light')} />
        </header>
        <div className={styles.body}>
          <main className={styles.workbook}>
            <div role="status" aria-live="polite">
              {load?.kind === 'loading' && <p>{h.loading(load.file)}</p>}
              {load?.kind === 'open' && <p>{h.opened(load.file)}</p>}
              {handout?.kind === 'making' && <p>{h.makingHandout}</p>}
              {handout?.kind === 'ready' && <p>{h.handoutReady(handout.file)}</p>}
            </div>
            {handout?.kind === 'failed' && (
              <ErrorMessage title={h.handoutFailed} failure={failureText(handout.error, lang)} lang={lang} />
            )}
            {load?.kind === 'failed' && (
              <>
                <ErrorMessage failure={failureText(load.error, lang, { file: load.file })} lang={lang} />
                <p role="status">{load.open === null ? h.nothingOpen : h.stillOpen(load.open)}</p>
              </>
            )}
            <WorkbookView gateway={gateway} lang={lang} h={h} />
          </main>
          <aside className={styles.pane} aria-label={h.pane}>
            <App key={opened} gateway={gateway} lang={lang} theme={theme} services={services} embedded />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
