/** The Validera button, its progress, and the counts of the last run. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingCounts } from '../../domain/finding';
import type { Strings } from '../i18n';
import { SeverityLabel } from './SeverityLabel';
import { countOf } from '../../domain/numbers';

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
      {/* The counts row is itself the status (its label is what a screen reader says); before it, the hint. */}
      {counts === null ? (
        <div aria-live="polite">{!running && <p className={styles.status}>{t.notValidated}</p>}</div>
      ) : (
        <div role="status" className={styles.counts} aria-label={t.counts(counts.error, counts.warning, counts.info)}>
          <SeverityLabel severity="error" text={countOf(counts.error, t.lang, t.countWords.error)} />
          <SeverityLabel severity="warning" text={countOf(counts.warning, t.lang, t.countWords.warning)} />
          <SeverityLabel severity="info" text={countOf(counts.info, t.lang, t.countWords.info)} />
        </div>
      )}
    </section>
  );
}
