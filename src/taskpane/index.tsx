/**
 * Task pane entry: wait for Office, then render the pane over Excel. Opened outside Office (no host), it
 * shows how to get Plankoll into Excel instead. Language and theme follow Office.
 */
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/gateway';
import { App } from './App';
import { OutsideOffice } from './components/OutsideOffice';
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

function start(host: Office.HostType | null): void {
  const container = document.getElementById('container');
  if (container === null) throw new Error('taskpane.html has no #container');
  const { lang, theme } = officeLook();
  document.documentElement.lang = lang;
  const root = createRoot(container);
  if (host === Office.HostType.Excel) {
    root.render(<App gateway={createExcelGateway(lang)} lang={lang} theme={theme} services={defaultServices} />);
  } else {
    root.render(<OutsideOffice lang={lang} theme={theme} />);
  }
}

if (typeof Office === 'undefined') {
  // office.js did not load (offline, blocked): nothing can talk to Excel.
  const container = document.getElementById('container');
  if (container !== null) createRoot(container).render(<OutsideOffice lang={langFromDisplayLanguage(navigator.language)} />);
} else {
  void Office.onReady((info) => start(info.host ?? null));
}
