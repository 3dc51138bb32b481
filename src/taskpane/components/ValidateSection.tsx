/** The Validera button, its progress, and the counts of the last run. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingCounts } from '../../domain/finding';
import type { Strings } from '../i18n';
import { SeverityLabel } from './SeverityLabel';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  status: { marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

export interface ValidateSectionProps {
  readonly t: Strings;
  readonly running: boolean;
  readonly counts: FindingCounts | null;
  readonly onValidate: () => void;
}

export function ValidateSection({ t, running, counts, onValidate }: ValidateSectionProps): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label={t.validate}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onValidate} disabledFocusable={running}>
          {t.validate}
        </Button>
        {running && <Spinner size="tiny" label={t.validating} />}
      </div>
      <div role="status" aria-live="polite">
        {counts === null ? (
          !running && <p className={styles.status}>{t.notValidated}</p>
        ) : (
          <div className={styles.counts} aria-label={t.counts(counts.error, counts.warning, counts.info)}>
            <SeverityLabel severity="error" text={`${counts.error} ${t.severityPlural.error.toLowerCase()}`} />
            <SeverityLabel severity="warning" text={`${counts.warning} ${t.severityPlural.warning.toLowerCase()}`} />
            <SeverityLabel severity="info" text={`${counts.info} ${t.severityPlural.info.toLowerCase()}`} />
          </div>
        )}
      </div>
    </section>
  );
}
