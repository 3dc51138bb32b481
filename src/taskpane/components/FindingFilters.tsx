/** Severity toggles and the text filter. */
import { Field, Input, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../domain/finding';
import { SEVERITY_ORDER } from '../findings/group';
import type { Strings } from '../i18n';
import { SeverityIcon } from './SeverityLabel';
import { CheckboxChecked16Regular, CheckboxUnchecked16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  label: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS },
  // Off: a dashed outline, besides the empty box.
  off: { borderTopStyle: 'dashed', borderRightStyle: 'dashed', borderBottomStyle: 'dashed', borderLeftStyle: 'dashed', fontWeight: tokens.fontWeightRegular },
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
          // On and off differ by more than colour: a ticked or empty box, and aria-pressed (ToggleButton's).
          <ToggleButton
            key={s}
            size="small"
            checked={severities.has(s)}
            icon={severities.has(s) ? <CheckboxChecked16Regular aria-hidden /> : <CheckboxUnchecked16Regular aria-hidden />}
            className={severities.has(s) ? undefined : styles.off}
            onClick={() => onToggle(s)}
          >
            <span className={styles.label}>
              <SeverityIcon severity={s} />
              {t.withCount(t.severityPlural[s], counts[s])}
            </span>
          </ToggleButton>
        ))}
      </div>
      <Field label={t.filterLabel}>
        <Input type="search" value={text} placeholder={t.filterPlaceholder} onChange={(_e, data) => onText(data.value)} />
      </Field>
    </div>
  );
}
