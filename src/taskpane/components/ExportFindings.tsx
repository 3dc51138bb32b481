/** *Kopiera avvikelser* and *Skriv till blad*, and what the last of them did. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, TableAddRegular } from '@fluentui/react-icons';
import type { ExportState } from '../hooks/useExportFindings';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export function ExportFindings({ t, state }: { readonly t: Strings; readonly state: ExportState }): JSX.Element {
  const styles = useStyles();
  const { done } = state;
  return (
    <div>
      <div className={styles.row} role="group" aria-label={t.exportGroup}>
        <Button icon={<CopyRegular />} disabledFocusable={state.busy} onClick={() => void state.copy()}>
          {t.copyFindings}
        </Button>
        <Button icon={<TableAddRegular />} disabledFocusable={state.busy} onClick={() => void state.write()}>
          {t.writeFindings}
        </Button>
      </div>
      <p className={styles.status} role="status" aria-live="polite">
        {done?.kind === 'copied' && t.findingsCopied(done.count)}
        {done?.kind === 'written' && t.findingsWritten(done.count, done.sheet)}
      </p>
    </div>
  );
}
