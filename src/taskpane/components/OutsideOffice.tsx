/**
 * taskpane.html opened outside Office (Office.onReady gives no host): say what Plankoll is and where to
 * try it, instead of failing on the first Excel call.
 */
import { FluentProvider, Link, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../domain/finding';
import type { PaneTheme } from '../App';
import { strings } from '../i18n';

const useStyles = makeStyles({
  provider: { minHeight: '100%' },
  main: { padding: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1 },
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

export function OutsideOffice({ lang, theme = 'light' }: { readonly lang: Lang; readonly theme?: PaneTheme }): JSX.Element {
  const styles = useStyles();
  const t = strings(lang);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={lang}>
      <main className={styles.main}>
        <h1 className={styles.title}>{t.outsideTitle}</h1>
        <p>{t.outsideBody}</p>
        <p>
          <Link href="harness.html">{t.outsideDemo}</Link>
        </p>
      </main>
    </FluentProvider>
  );
}
