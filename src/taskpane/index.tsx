/**
 * Task pane entry. The page paints at once ("Startar Plankoll…"), loads office.js without blocking
 * (src/excel/officeJs.ts) and waits for Office with a time limit; then it renders the pane over Excel.
 * Opened outside Office (no host), it shows how to get Plankoll into Excel; when office.js could not be
 * loaded or Office did not answer, it says that, and what to do. Language and theme follow Office.
 */
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/gateway';
import { startOffice } from '../excel/officeJs';
import { App } from './App';
import { OfficeFailed, OutsideOffice, Starting } from './components/OutsideOffice';
import { defaultServices } from './defaultServices';
import { langFromDisplayLanguage } from '../i18n/lang';
import { themeFromBodyBackground } from './officeTheme';
import type { PaneTheme } from './App';
import type { Lang } from '../domain/finding';

function officeLook(): { lang: Lang; theme: PaneTheme } {
  // Office.context is only partly there outside a host; read defensively.
  const context = typeof Office !== 'undefined' ? (Office.context as Office.Context | undefined) : undefined;
  const lang = langFromDisplayLanguage(context?.displayLanguage ?? navigator.language);
  const theme = themeFromBodyBackground(context?.officeTheme?.bodyBackgroundColor);
  return { lang, theme };
}

const container = document.getElementById('container');
if (container === null) throw new Error('taskpane.html has no #container');
const root = createRoot(container);
const browserLang = langFromDisplayLanguage(navigator.language);
document.documentElement.lang = browserLang;
root.render(<Starting lang={browserLang} />);

startOffice().then(
  (host) => {
    const { lang, theme } = officeLook();
    document.documentElement.lang = lang;
    if (host === Office.HostType.Excel) {
      root.render(<App gateway={createExcelGateway(lang)} lang={lang} theme={theme} services={defaultServices} />);
    } else {
      root.render(<OutsideOffice lang={lang} theme={theme} />);
    }
  },
  (e: unknown) => {
    // Not swallowed: the pane says office.js could not be loaded or Office did not answer, in the browser's language.
    root.render(<OfficeFailed lang={browserLang} error={e} />);
  },
);
