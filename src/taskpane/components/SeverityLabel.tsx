/** A severity as icon + word: never colour alone. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../domain/finding';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  word: { color: tokens.colorNeutralForeground1 },
});

export function SeverityIcon({ severity }: { readonly severity: Severity }): JSX.Element {
  const styles = useStyles();
  if (severity === 'error') return <ErrorCircle16Filled aria-hidden className={styles.error} />;
  if (severity === 'warning') return <Warning16Filled aria-hidden className={styles.warning} />;
  return <Info16Filled aria-hidden className={styles.info} />;
}

export function SeverityLabel({ severity, text, className }: { readonly severity: Severity; readonly text: string; readonly className?: string }): JSX.Element {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.root, className)}>
      <SeverityIcon severity={severity} />
      <span className={styles.word}>{text}</span>
    </span>
  );
}
