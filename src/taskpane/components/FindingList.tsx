/** Findings grouped by severity, then by rule family, as headed lists. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Lang } from '../../domain/finding';
import type { SeverityGroup } from '../findings/group';
import { findingKey } from '../findings/group';
import type { Strings } from '../i18n';
import { FindingItem } from './FindingItem';
import { canGoTo } from '../../domain/findingTarget';
import { SeverityLabel } from './SeverityLabel';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  severityHeading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  familyHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface FindingListProps {
  readonly groups: readonly SeverityGroup[];
  readonly t: Strings;
  readonly lang: Lang;
  readonly onChoose: (f: Finding) => void;
  /** The workbook's sheets: a finding on a sheet not among them has nothing to go to. */
  readonly sheetNames: readonly string[];
}

export function FindingList({ groups, t, lang, onChoose, sheetNames }: FindingListProps): JSX.Element {
  const styles = useStyles();
  return (
    <div>
      {groups.map((g) => (
        <section key={g.severity} className={styles.group} aria-label={`${t.severityPlural[g.severity]} (${g.count})`}>
          <h3 className={styles.severityHeading}>
            <SeverityLabel severity={g.severity} text={`${t.severityPlural[g.severity]} (${g.count})`} />
          </h3>
          {g.families.map((fam) => (
            <div key={fam.family}>
              <h4 className={styles.familyHeading}>{`${t.family[fam.family]} (${fam.findings.length})`}</h4>
              <ul className={styles.list} aria-label={`${t.severityPlural[g.severity]}: ${t.family[fam.family]}`}>
                {fam.findings.map((f, i) => (
                  <FindingItem key={findingKey(f, i)} finding={f} t={t} lang={lang} onChoose={canGoTo(f, sheetNames) ? onChoose : null} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
