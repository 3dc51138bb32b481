/** Severity toggles and the text filter. */
import { Field, Input, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../domain/finding';
import { SEVERITY_ORDER } from '../findings/group';
import type { Strings } from '../i18n';
import { SeverityIcon } from './SeverityLabel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface FindingFiltersProps {
  readonly t: Strings;
  readonly severities: ReadonlySet<Severity>;
  readonly onToggle: (s: Severity) => void;
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly counts: Readonly<Record<Severity, number>>;
}

export function FindingFilters({ t, severities, onToggle, text, onText, counts }: FindingFiltersProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="group" aria-label={t.showSeverity} className={styles.toggles}>
        {SEVERITY_ORDER.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={severities.has(s)}
            icon={<SeverityIcon severity={s} />}
            onClick={() => onToggle(s)}
          >
            {`${t.severityPlural[s]} (${counts[s]})`}
          </ToggleButton>
        ))}
      </div>
      <Field label={t.filterLabel}>
        <Input type="search" value={text} placeholder={t.filterPlaceholder} onChange={(_e, data) => onText(data.value)} />
      </Field>
    </div>
  );
}
