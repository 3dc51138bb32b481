/** The in-memory workbook as the harness shows it: sheet tabs, the active sheet, what the add-in wrote. */
import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../domain/finding';
import type { HarnessStrings } from './harnessStrings';
import type { MemoryGateway } from './memoryGateway';
import { findSheet, sameSheetName } from './memoryWorkbook';
import { SheetCharts } from './SheetCharts';
import { SheetGrid } from './SheetGrid';
import { useMemoryWorkbook } from './useMemoryWorkbook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  status: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL, margin: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  owned: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  h3: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function WorkbookView({ gateway, lang, h }: { readonly gateway: MemoryGateway; readonly lang: Lang; readonly h: HarnessStrings }): JSX.Element {
  useMemoryWorkbook(gateway);
  const styles = useStyles();
  const wb = gateway.workbook;
  const active = (gateway.activeSheet !== null ? findSheet(wb, gateway.activeSheet) : undefined) ?? wb.sheets[0];
  const selection = gateway.selection;
  const tables = active ? wb.tables.filter((t) => sameSheetName(t.sheet, active.name)) : [];
  return (
    <section className={styles.root} aria-label={h.workbook}>
      <p className={styles.status}>
        <span role="status" aria-live="polite">
          {`${h.selection}: `}
          <span className={styles.mono} data-testid="selection">
            {selection ? `${selection.sheet}!${selection.cell}` : h.noSelection}
          </span>
        </span>
        <span>{h.marked(gateway.highlights.length)}</span>
        {(wb.seal !== null || wb.sheets.some((s) => s.visibility === 'veryHidden')) && <span>{h.sealStored}</span>}
      </p>
      <TabList
        aria-label={h.sheets}
        size="small"
        selectedValue={active?.name ?? ''}
        onTabSelect={(_e, data) => gateway.activate(String(data.value))}
      >
        {wb.sheets.filter((s) => s.visibility === undefined || s.visibility === 'visible').map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {active && (
        <>
          {active.marker !== null && (
            <div className={styles.owned}>
              <p>{h.ownedSheet}</p>
              {active.charts.length > 0 && (
                <>
                  <h3 className={styles.h3}>{h.charts}</h3>
                  <SheetCharts charts={active.charts} h={h} />
                </>
              )}
              {tables.length > 0 && (
                <>
                  <h3 className={styles.h3}>{h.tables}</h3>
                  <ul className={styles.list} aria-label={h.tables}>
                    {tables.map((t) => (
                      <li key={t.name}>{`${t.name} (${t.range})`}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          {/* The grid looks like Excel's (light) in either theme, so the workbook's own fills stay readable. */}
          <FluentProvider theme={webLightTheme}>
            <SheetGrid sheet={active} selection={selection} marks={gateway.highlights} lang={lang} h={h} />
          </FluentProvider>
        </>
      )}
    </section>
  );
}
