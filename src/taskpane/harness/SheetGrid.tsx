/**
 * One sheet as an HTML table, text only: column letters and row numbers as headers, fills shown, the
 * selected cell outlined, highlighted cells filled AND labelled (never colour alone).
 */
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/finding';
import { a1, columnLetters } from '../../domain/a1';
import { formatCell } from './formatCell';
import type { HarnessStrings } from './harnessStrings';
import type { Mark, Selection } from './memoryGateway';
import type { MemorySheet } from './memoryWorkbook';
import { sameSheetName, usedRange } from './memoryWorkbook';
import type { CellRange } from '../../domain/a1';
import { parseRange } from '../../domain/a1';

/** Larger sheets are cut: the harness is for looking, not for 20 000-row plans. */
const MAX_ROWS = 300;
const MAX_COLS = 40;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', maxHeight: '70vh', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    textAlign: 'end',
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: 'nowrap',
    maxWidth: '28em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
  },
  number: { textAlign: 'end' },
  selected: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
  },
  marked: { textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: tokens.colorPaletteRedForeground1 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  note: { color: tokens.colorNeutralForeground2 },
});

function inRange(r: CellRange | null, row: number, col: number): boolean {
  return r !== null && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export interface SheetGridProps {
  readonly sheet: MemorySheet;
  readonly selection: Selection | null;
  readonly marks: readonly Mark[];
  readonly lang: Lang;
  readonly h: HarnessStrings;
}

export function SheetGrid({ sheet, selection, marks, lang, h }: SheetGridProps): JSX.Element {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  // Bring the selected cell into view, as Excel does when a range is selected.
  useEffect(() => {
    const cell = scroller.current?.querySelector<HTMLElement>('td[data-selected="true"]');
    if (cell && typeof cell.scrollIntoView === 'function') cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selection, sheet]);
  const used = usedRange(sheet);
  if (used === null) return <p className={styles.note}>{h.emptySheet}</p>;
  const selected = selection !== null && sameSheetName(selection.sheet, sheet.name) ? parseRange(selection.cell) : null;
  const marked = new Set(marks.filter((m) => sameSheetName(m.sheet, sheet.name)).map((m) => m.cell));
  // Show from A1 (as Excel does) so addresses line up with the headers, up to the caps.
  const rows = Math.min(used.bottom + 1, MAX_ROWS);
  const cols = Math.min(used.right + 1, MAX_COLS);
  const truncated = used.bottom + 1 > MAX_ROWS || used.right + 1 > MAX_COLS;
  return (
    <div>
      {truncated && <p className={styles.note}>{h.truncated(rows, cols)}</p>}
      {/* Keyed by sheet: another sheet opens at A1, not at the previous sheet's scroll position. */}
      <div key={sheet.name} ref={scroller} className={styles.scroller} tabIndex={0} role="region" aria-label={`${h.sheets}: ${sheet.name}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <td className={styles.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const address = a1(r, c);
                  const value = sheet.cells[r]?.[c] ?? null;
                  const isSelected = inRange(selected, r, c);
                  const isMarked = marked.has(address);
                  const fill = sheet.fills.get(address);
                  return (
                    <td
                      key={c}
                      data-address={address}
                      data-selected={isSelected ? 'true' : undefined}
                      data-marked={isMarked ? 'true' : undefined}
                      style={fill ? { backgroundColor: fill } : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === 'number' && styles.number,
                        isSelected && styles.selected,
                        isMarked && styles.marked,
                      )}
                    >
                      {formatCell(value, sheet.formats.get(address), lang)}
                      {isMarked && <span className={styles.hidden}>{` (${h.markWord})`}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
