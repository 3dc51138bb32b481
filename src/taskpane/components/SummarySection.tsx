/** Skapa sammanfattning: the button, its progress, and where the summary went. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400 },
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalS },
});

export interface SummarySectionProps {
  readonly t: Strings;
  readonly running: boolean;
  readonly sheetName: string | null;
  readonly onCreate: () => void;
}

export function SummarySection({ t, running, sheetName, onCreate }: SummarySectionProps): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby="plankoll-summary-heading">
      <h2 id="plankoll-summary-heading" className={styles.heading}>
        {t.summaryHeading}
      </h2>
      <div className={styles.row}>
        <Button onClick={onCreate} disabledFocusable={running}>
          {t.createSummary}
        </Button>
        {running && <Spinner size="tiny" label={t.creatingSummary} />}
      </div>
      <div role="status" aria-live="polite">
        {sheetName !== null && (
          <PlainMessageBar intent="success">{t.summaryWritten(sheetName)}</PlainMessageBar>
        )}
      </div>
    </section>
  );
}
