/** Harness entry: the task pane over an in-memory workbook, no Office needed. */
import { createRoot } from 'react-dom/client';
import { defaultServices } from '../defaultServices';
import { HarnessApp } from './HarnessApp';

const container = document.getElementById('container');
if (container === null) throw new Error('harness.html has no #container');
const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'sv';
createRoot(container).render(<HarnessApp services={defaultServices} initialLang={lang} />);
