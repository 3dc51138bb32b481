/**
 * The task pane. It sees the workbook only through a WorkbookGateway (Excel in Office, the in-memory
 * workbook in the harness and tests); hooks hold the logic, the JSX renders their state.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { Button, FluentProvider, Switch, Tab, TabList, makeStyles, mergeClasses, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Finding, Lang } from '../domain/finding';
import type { WorkbookGateway } from '../domain/gateway';
import type { ValidationResult } from '../domain/validation';
import { ErrorMessage } from './components/ErrorMessage';
import { ExportFindings } from './components/ExportFindings';
import { useExportFindings } from './hooks/useExportFindings';
import { SummarySection } from './components/SummarySection';
import { RecordPanel } from './record/RecordPanel';
import { ValidateSection } from './components/ValidateSection';
import { useErrorReport } from './hooks/useErrorReport';
import { PAGE_SIZE, useFindingFilter } from './hooks/useFindingFilter';
import { useHighlight } from './hooks/useHighlight';
import { useOpeningView } from './hooks/useOpeningView';
import { useSummary } from './hooks/useSummary';
import { useValidation } from './hooks/useValidation';
import { strings } from './i18n';
import type { Strings } from './i18n';
import type { PaneServices } from './services';
import { browserStore } from './storage';
import { formatNumber } from '../domain/numbers';
import { onDemand } from './hooks/useOnDemand';

/**
 * The findings' list and filters come with the first Validera (fetched while the workbook is read), not
 * with the pane: nothing shows them before there is a result (hooks/useOnDemand.ts).
 */
const findingsView = onDemand(() => import(/* webpackChunkName: "findings" */ './components/findingsView'));

export type PaneTheme = 'light' | 'dark';

/** The pane's three jobs, one tab each: the findings, the summary with the follow-up, the seal. */
export type PaneTab = 'findings' | 'summary' | 'seal';
export const PANE_TABS: readonly PaneTab[] = ['findings', 'summary', 'seal'];

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly lang: Lang;
  readonly theme?: PaneTheme;
  readonly services: PaneServices;
  /** Inside a page that has its own `main` landmark (the harness): render the pane as a region instead. */
  readonly embedded?: boolean;
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_SHEETS: readonly string[] = [];

const useStyles = makeStyles({
  provider: { minHeight: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  // Title, Validera and the tabs stay in view however long the list: every job is one click away.
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // Three tabs in a 320 px pane: the long name wraps inside its tab rather than push the last one out of
  // view (a tab clips its overflow, so the short ones must not shrink at all).
  tab: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    '& .fui-Tab__content': { whiteSpace: 'normal', textAlign: 'center' },
  },
  wrappingTab: { flexShrink: 1, minWidth: 0 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  shown: { margin: `${tokens.spacingVerticalS} 0 0`, color: tokens.colorNeutralForeground2 },
  ok: { margin: 0 },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalS },
  reportDate: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function App({ gateway, lang, theme = 'light', services, embedded = false }: AppProps): JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <Pane gateway={gateway} lang={lang} services={services} embedded={embedded} />
    </FluentProvider>
  );
}

function Pane({ gateway, lang, services, embedded }: Omit<AppProps, 'theme'>): JSX.Element {
  const styles = useStyles();
  const t = strings(lang);
  const errors = useErrorReport(lang);
  const validation = useValidation(gateway, services, lang, errors.report, findingsView.load);
  // Loaded before the first result is set (useValidation's `prepare`), so there whenever a result is.
  const view = findingsView.loaded;
  const findings = validation.result?.findings ?? NO_FINDINGS;
  const filter = useFindingFilter(findings, services.store ?? browserStore);
  const [current, setCurrent] = useState<Finding | null>(null);
  const highlight = useHighlight(gateway, findings, errors.report);
  const summary = useSummary(gateway, services, lang, errors.report);
  const exporting = useExportFindings(gateway, findings, lang, errors.report, view);
  const counts = validation.result?.counts ?? null;
  const omitted = useMemo(() => omittedNote(validation.result?.omitted ?? {}, t, lang), [validation.result, t, lang]);
  const { SealPanel } = services;
  const now = services.now;

  const choose = useCallback(
    (f: Finding) => {
      setCurrent(f);
      gateway.selectCell(f.sheet, f.cell).catch(errors.report);
    },
    [gateway, errors.report],
  );
  // Recording changed Uppföljning: the findings and the seal state shown are of the workbook before it.
  const runValidation = validation.run;
  const revalidate = useCallback(() => void runValidation(), [runValidation]);

  // A sealed workbook opens on the director's view, the Försegling tab (issue 16); once the user picks a
  // tab, that one stays.
  const opening = useOpeningView(gateway);
  const [chosen, setTab] = useState<PaneTab | null>(null);
  const tab: PaneTab = chosen ?? (opening === 'seal' ? 'seal' : 'findings');
  const ids = useId();
  const tabId = (k: PaneTab): string => `${ids}-tab-${k}`;
  const panelId = (k: PaneTab): string => `${ids}-panel-${k}`;
  // Every panel stays mounted (hidden when not chosen): a dialog, a typed period or a seal check survives a tab switch.
  const panel = (k: PaneTab) => ({
    role: 'tabpanel',
    id: panelId(k),
    'aria-labelledby': tabId(k),
    hidden: tab !== k,
    // The class sets display: flex, which would override `hidden`: only the chosen panel gets it.
    className: tab === k ? styles.panel : undefined,
  });

  const Root = embedded ? 'div' : 'main';
  return (
    <Root className={styles.main}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t.appTitle}</h1>
        {errors.failure !== null && <ErrorMessage failure={errors.failure} lang={lang} onDismiss={errors.dismiss} dismissLabel={t.dismiss} />}
        <ValidateSection t={t} running={validation.running} counts={counts} onValidate={() => void validation.run()} />
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_e, data) => setTab(data.value as PaneTab)}
          aria-label={t.appTitle}
        >
          {PANE_TABS.map((k) => (
            <Tab key={k} value={k} id={tabId(k)} aria-controls={panelId(k)} className={mergeClasses(styles.tab, k === 'summary' && styles.wrappingTab)}>
              {t.tabs[k]}
            </Tab>
          ))}
        </TabList>
      </div>
      <div {...panel('findings')}>
        {validation.result !== null && view !== null && (
          <section aria-labelledby="plankoll-findings-heading">
            <h2 id="plankoll-findings-heading" className={styles.heading}>
              {t.findingsHeading}
            </h2>
            <p className={styles.reportDate}>{t.reportDate(validation.result.reportDate)}</p>
            {findings.length === 0 ? (
              <p className={styles.ok}>{t.noFindings}</p>
            ) : (
              <>
                <Switch
                  label={t.highlight}
                  checked={highlight.on}
                  disabled={highlight.busy}
                  onChange={(_e, data) => void highlight.setOn(data.checked)}
                />
                <ExportFindings t={t} state={exporting} />
                <view.FindingFilters
                  t={t}
                  severities={filter.severities}
                  onToggle={filter.toggleSeverity}
                  text={filter.text}
                  onText={filter.setText}
                  counts={filter.bySeverity}
                />
                <p className={styles.shown} aria-live="polite">
                  {filter.matching === 0 ? t.noneMatch : t.shownOf(filter.list.shown, filter.matching, findings.length)}
                </p>
                {omitted !== null && <p className={styles.shown}>{omitted}</p>}
                <view.FindingList
                  groups={filter.list.groups}
                  t={t}
                  lang={lang}
                  onChoose={choose}
                  onToggleGroup={filter.toggleGroup}
                  current={current}
                  sheetNames={validation.snapshot?.sheetNames ?? NO_SHEETS}
                />
                {filter.showMore !== null && (
                  <Button className={styles.more} onClick={filter.showMore}>
                    {t.showMore(Math.min(PAGE_SIZE, filter.list.more))}
                  </Button>
                )}
              </>
            )}
          </section>
        )}
      </div>
      <div {...panel('summary')}>
        <SummarySection t={t} running={summary.running} sheetName={summary.sheetName} onCreate={() => void summary.run()} />
        <RecordPanel gateway={gateway} result={validation.result} lang={lang} services={services} onRecorded={revalidate} />
      </div>
      <div {...panel('seal')}>
        <SealPanel gateway={gateway} snapshot={validation.snapshot} result={validation.result} lang={lang} now={now} />
      </div>
    </Root>
  );
}

/** The per-code cap's note (SPEC §2), or null when every finding is listed. */
function omittedNote(omitted: ValidationResult['omitted'], t: Strings, lang: Lang): string | null {
  const entries = Object.entries(omitted).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  if (entries.length === 0) return null;
  const group = (n: number): string => formatNumber(n, lang);
  const total = entries.reduce((n, [, k]) => n + k, 0);
  return t.omitted(total, entries.map(([code, k]) => `${code} ${group(k)}`).join(', '));
}
