/**
 * One finding: what is wrong, where (`sheet!cell`), expected vs actual. A native button, so click, Enter
 * and Space all choose it; choosing it selects the cell in the workbook. Workbook text is React text only.
 */
import { memo } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LocationRegular } from '@fluentui/react-icons';
import type { Finding, Lang } from '../../domain/finding';
import { formatAmount, formatPercent } from '../../domain/messages';
import { valuesOf } from '../../domain/rules';
import type { RuleValues } from '../../domain/rules';
import { formatNumber } from '../../domain/numbers';
import { cellAddress } from '../findings/group';
import type { Strings } from '../i18n';
import { SeverityLabel } from './SeverityLabel';

const useStyles = makeStyles({
  button: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  // A plain outline in Fluent's focus colour: visible on keyboard focus in light, dark and high contrast.
  focus: {
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  static: { listStyleType: 'none', cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 }, ':active': { backgroundColor: tokens.colorNeutralBackground1 } },
  error: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteBlueBorderActive },
  // The chosen finding: a brand-coloured frame and background, and the word "Vald" (not colour alone).
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    outlineStyle: 'solid',
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: tokens.colorBrandStroke1,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  currentMark: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  where: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  message: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  values: { display: 'block', marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * A finding's expected or actual value as its message writes it: kronor (`110 000 kr`), percent
 * (`20,20 %`), or a plain number grouped the Swedish way; text as it is. The rule says which (valuesOf).
 */
export function formatValue(value: string | number, kind: RuleValues['kind'], lang: Lang): string {
  if (typeof value === 'string') return value;
  if (kind === 'amount') return formatAmount(value);
  if (kind === 'percent') return formatPercent(value, lang);
  return formatNumber(value, lang);
}

export interface FindingItemProps {
  readonly finding: Finding;
  readonly t: Strings;
  readonly lang: Lang;
  /** Null when the finding's sheet is not in the workbook: no jump, the item says why (src/domain/findingTarget.ts). */
  readonly onChoose: ((f: Finding) => void) | null;
  /** The finding chosen last: marked visibly and as aria-current. */
  readonly current?: boolean;
}

/** The message without the `Åtgärd A15: ` it starts with: the item's header already names the action. */
export function messageBody(finding: Pick<Finding, 'message' | 'actionId'>, t: Pick<Strings, 'action'>): string {
  if (finding.actionId === undefined) return finding.message;
  const prefix = `${t.action} ${finding.actionId}: `;
  return finding.message.startsWith(prefix) ? finding.message.slice(prefix.length) : finding.message;
}

export const FindingItem = memo(function FindingItem({ finding, t, lang, onChoose, current = false }: FindingItemProps): JSX.Element {
  const styles = useStyles();
  const where = cellAddress(finding);
  const hasValues = finding.expected !== undefined || finding.actual !== undefined;
  const values = valuesOf(finding.code);
  const [expectedName, actualName] = values.names?.[lang] ?? [t.expected, t.actual];
  const body = (
    <>
      <span className={styles.head}>
        <SeverityLabel severity={finding.severity} text={t.severity[finding.severity]} />
        <span className={styles.code}>{finding.code}</span>
        <span className={styles.where}>{where}</span>
        {finding.actionId !== undefined && <span>{`${t.action} ${finding.actionId}`}</span>}
      </span>
      <span className={styles.message}>{messageBody(finding, t)}</span>
      {hasValues && (
        <span className={styles.values}>
          {finding.expected !== undefined && `${expectedName}: ${formatValue(finding.expected, values.kind, lang)}`}
          {finding.expected !== undefined && finding.actual !== undefined && ' · '}
          {finding.actual !== undefined && `${actualName}: ${formatValue(finding.actual, values.kind, lang)}`}
        </span>
      )}
    </>
  );
  if (onChoose === null) {
    // Nothing to go to (the sheet is missing): the same card, not a button, and why.
    return (
      <li className={mergeClasses(styles.button, styles.static, styles[finding.severity])}>
        {body}
        <span className={styles.values}>{t.noSheetToGoTo(finding.sheet)}</span>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.button, styles.focus, styles[finding.severity], current && styles.current)}
        title={t.goToCell(where)}
        aria-current={current ? 'true' : undefined}
        onClick={() => onChoose(finding)}
      >
        {current && (
          <span className={styles.currentMark}>
            <LocationRegular aria-hidden />
            {t.currentFinding}
          </span>
        )}
        {body}
      </button>
    </li>
  );
});
