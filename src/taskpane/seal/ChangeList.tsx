/**
 * What changed since sealing, governing changes first, each a link to the cell where the value is now
 * (SPEC §4). Its own part of the pane, fetched when a seal check finds a change (SealPanel.tsx): an
 * unchanged seal, the usual case, never needs it. All workbook text is rendered as React text.
 */
import { useId } from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/finding';
import { changeLine, presentChange, presentRow, reorderedLine } from '../../domain/seal';
import type { SealChange, SealCheck, SealRowChange } from '../../domain/seal';
import type { SealTexts } from './sealTexts';

/** At most this many changes are listed; `plankoll verify` lists them all. */
const MAX_LISTED = 200;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  minor: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface ChangeListProps {
  readonly check: SealCheck;
  readonly lang: Lang;
  readonly t: SealTexts;
  readonly onGoTo: (sheet: string, cell: string) => void;
}

interface Item {
  readonly id: string;
  readonly text: string;
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** The changes, governing first, each a link to the cell where the value is now. */
export function ChangeList({ check, lang, t, onGoTo }: ChangeListProps): JSX.Element | null {
  const styles = useStyles();
  const headingId = useId();
  const single = check.state === 'inconsistent' ? null : check;
  if (single === null || single.state !== 'changed') return null;
  const change = (c: SealChange, i: number): Item => {
    const p = presentChange(c, lang);
    return { id: `c${i}`, text: changeText(c, lang), sheet: p.sheet, cell: p.cell };
  };
  const row = (kind: 'added' | 'removed') => (r: SealRowChange, i: number): Item => {
    const p = presentRow(r, lang);
    return { id: `${kind}${i}`, text: `${p.table} ${p.key}`, sheet: p.sheet, cell: p.cell };
  };
  const sections: { readonly title: string; readonly items: readonly Item[] }[] = [
    { title: t.governing, items: single.changes.filter((c) => c.governing).map(change) },
    { title: t.other, items: single.changes.filter((c) => !c.governing).map((c, i) => change(c, i + 100_000)) },
    { title: t.added, items: single.added.map(row('added')) },
    { title: t.removed, items: single.removed.map(row('removed')) },
    { title: t.reordered, items: single.reordered.map((tb, i) => ({ id: `o${i}`, text: reorderedLine(tb, lang), sheet: null, cell: null })) },
  ];
  let budget = MAX_LISTED;
  let hidden = 0;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.subheading}>
        {t.changesHeading}
      </h3>
      {sections.map((section) => {
        if (section.items.length === 0) return null;
        const shown = section.items.slice(0, Math.max(0, budget));
        budget -= shown.length;
        hidden += section.items.length - shown.length;
        if (shown.length === 0) return null;
        return (
          <div key={section.title}>
            <h4 className={styles.minor}>{section.title}</h4>
            <ul className={styles.list}>
              {shown.map((item) => (
                <li key={item.id}>
                  {item.sheet !== null && item.cell !== null ? (
                    <Link as="button" onClick={() => onGoTo(item.sheet as string, item.cell as string)} title={t.goTo(`${item.sheet}!${item.cell}`)}>
                      {item.text}
                    </Link>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {hidden > 0 && <p className={styles.note}>{t.more(hidden)}</p>}
    </section>
  );
}

/** A change without the cell (the link goes there): `Åtgärder A03 · Budget (kr): 156 400 kr → 157 400 kr`. */
function changeText(c: SealChange, lang: Lang): string {
  return changeLine({ ...c, ref: null }, lang);
}

