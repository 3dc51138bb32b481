/**
 * Findings grouped by severity, then by rule family, as headed lists. Each heading is a button that folds
 * its group (aria-expanded; the folded state is remembered, hooks/useFindingFilter.ts); the counts are of
 * the findings that pass the filter. The finding last chosen is marked, in words for a screen reader
 * (aria-current) and visibly.
 */
import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Finding, Lang } from '../../domain/finding';
import { canGoTo } from '../../domain/findingTarget';
import type { VisibleGroup } from '../findings/group';
import { findingId } from '../findings/group';
import type { Strings } from '../i18n';
import { FindingItem } from './FindingItem';
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
  // A heading-wide button: the chevron says open or folded, besides aria-expanded.
  toggle: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    textAlign: 'start',
    font: 'inherit',
    color: 'inherit',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface FindingListProps {
  readonly groups: readonly VisibleGroup[];
  readonly t: Strings;
  readonly lang: Lang;
  readonly onChoose: (f: Finding) => void;
  readonly onToggleGroup: (key: string) => void;
  /** The finding chosen last (marked as current), or null. */
  readonly current: Finding | null;
  /** The workbook's sheets: a finding on a sheet not among them has nothing to go to. */
  readonly sheetNames: readonly string[];
}

function Chevron({ open }: { readonly open: boolean }): JSX.Element {
  return open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />;
}

export const FindingList = memo(function FindingList({ groups, t, lang, onChoose, onToggleGroup, current, sheetNames }: FindingListProps): JSX.Element {
  const styles = useStyles();
  return (
    <div>
      {groups.map((g) => {
        const label = t.withCount(t.severityPlural[g.severity], g.count);
        const listId = `plankoll-group-${g.key}`;
        return (
          <section key={g.severity} className={styles.group} aria-label={label}>
            <h3 className={styles.severityHeading}>
              <button type="button" className={styles.toggle} aria-expanded={!g.collapsed} aria-controls={listId} onClick={() => onToggleGroup(g.key)}>
                <Chevron open={!g.collapsed} />
                <SeverityLabel severity={g.severity} text={label} />
              </button>
            </h3>
            <div id={listId} hidden={g.collapsed}>
              {!g.collapsed &&
                g.families.map((fam) => {
                  const famId = `plankoll-group-${fam.key.replace('/', '-')}`;
                  return (
                    <div key={fam.family}>
                      <h4 className={styles.familyHeading}>
                        <button type="button" className={styles.toggle} aria-expanded={!fam.collapsed} aria-controls={famId} onClick={() => onToggleGroup(fam.key)}>
                          <Chevron open={!fam.collapsed} />
                          {t.withCount(t.family[fam.family], fam.count)}
                        </button>
                      </h4>
                      <ul id={famId} hidden={fam.collapsed} className={styles.list} aria-label={`${t.severityPlural[g.severity]}: ${t.family[fam.family]}`}>
                        {fam.findings.map((f) => (
                          <FindingItem
                            key={findingId(f)}
                            finding={f}
                            t={t}
                            lang={lang}
                            current={f === current}
                            onChoose={canGoTo(f, sheetNames) ? onChoose : null}
                          />
                        ))}
                      </ul>
                    </div>
                  );
                })}
            </div>
          </section>
        );
      })}
    </div>
  );
});
