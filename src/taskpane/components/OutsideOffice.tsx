/**
 * What taskpane.html shows before and instead of the pane: while office.js loads (painted at once, so the
 * pane is never blank), when the page is opened outside Office (Office.onReady gives no host: say what
 * Plankoll is and where to try it), and when office.js could not be loaded or Office did not answer (the
 * failure in the words of src/i18n/failure.ts — not "open Plankoll in Excel" to a user who is in Excel).
 */
import { FluentProvider, Link, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../../domain/finding';
import { failureText } from '../../i18n/failure';
import type { PaneTheme } from '../App';
import { strings } from '../i18n';
import { ErrorMessage } from './ErrorMessage';

const useStyles = makeStyles({
  provider: { minHeight: '100%' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  text: { margin: 0 },
});

interface ScreenProps {
  readonly lang: Lang;
  readonly theme?: PaneTheme;
}

function Screen({ lang, theme = 'light', title, children }: ScreenProps & { readonly title: string; readonly children: ReactNode }): JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <main className={styles.main}>
        <h1 className={styles.title}>{title}</h1>
        {children}
      </main>
    </FluentProvider>
  );
}

export function OutsideOffice({ lang, theme }: ScreenProps): JSX.Element {
  const styles = useStyles();
  const t = strings(lang);
  return (
    <Screen lang={lang} theme={theme} title={t.outsideTitle}>
      <p className={styles.text}>{t.outsideBody}</p>
      <p className={styles.text}>
        <Link href="harness.html">{t.outsideDemo}</Link>
      </p>
    </Screen>
  );
}

/** While office.js loads and Office answers. */
export function Starting({ lang }: ScreenProps): JSX.Element {
  const t = strings(lang);
  return (
    <Screen lang={lang} title={t.appTitle}>
      <Spinner size="small" labelPosition="after" label={t.starting} />
    </Screen>
  );
}

/** office.js could not be loaded, did not arrive, or Office did not answer (OfficeLoadError). */
export function OfficeFailed({ lang, error }: ScreenProps & { readonly error: unknown }): JSX.Element {
  const t = strings(lang);
  return (
    <Screen lang={lang} title={t.notStarted}>
      <ErrorMessage failure={failureText(error, lang)} lang={lang} />
    </Screen>
  );
}
