/**
 * Typing in the findings filter at 5 000 findings (issue 15: under 100 ms a keystroke), in headless
 * Chromium over the harness (dist/ must be built). The workbook: 1 000 actions with five findings each
 * (tests/browser/manyFindings.ts), validated in the page; then a word is typed into the filter one
 * character at a time. A keystroke's time runs from the input event to the last change the pane makes to
 * the page for it (list, counts, headings), read from the page's own clock. Each run is a new page (its own
 * renderer process); min/median/max over every keystroke of every run, and the median's ratio to the goal.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launchChromium, routeOfficeJs } from '../tests/browser/chromium';
import { writeManyFindings } from '../tests/browser/manyFindings';
import { serveDirectory } from '../tests/browser/staticServer';

interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const RUNS = 5;
const WORDS = ['R002', 'A00017', 'okänd'];
const GOAL_MS = 100;

export async function bench(): Promise<BenchResult[]> {
  if (!existsSync(join(DIST, 'harness.html'))) throw new Error('dist/ is not built: run `npm run build` first');
  const file = await writeManyFindings(1000, true);
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  const times: number[] = [];
  let findings = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await routeOfficeJs(page, server.url);
      // tsx keeps function names with a helper (__name) that the page does not have.
      await page.addInitScript('window.__name = function (f) { return f; };');
      await page.goto(`${server.url}harness.html`);
      await page.getByText(/^Öppen arbetsbok/).waitFor();
      await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(file);
      await page.getByText(/^Öppen arbetsbok: handlingsplan-1000-atgarder-5\.xlsx/).waitFor();
      await page.getByRole('button', { name: 'Validera' }).click();
      await page.getByText(/^Visar 200 av /).waitFor({ timeout: 60_000 });
      findings = Number((await page.getByText(/^Visar 200 av /).innerText()).split(' av ')[1].replace(/\D/g, ''));
      for (const word of WORDS) {
        const ms = await page.evaluate(async (w: string) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const pane = document.querySelector('aside')!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
          const out: number[] = [];
          const type = async (text: string): Promise<number> => {
            let last = 0;
            const observer = new MutationObserver(() => (last = performance.now()));
            observer.observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
            const start = performance.now();
            setValue.call(input, text);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // Settled: no change to the pane for 150 ms.
            let now = await frame();
            while (now - Math.max(last, start) < 150) now = await frame();
            observer.disconnect();
            return Math.max(last, start) - start;
          };
          for (let i = 1; i <= w.length; i++) out.push(await type(w.slice(0, i)));
          await type('');
          return out;
        }, word);
        if (run > 0) times.push(...ms); // the first run warms the page cache and the JIT
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const round = (x: number): number => Math.round(x * 10) / 10;
  return [
    { name: 'findings in the list', value: findings, unit: '' },
    { name: `filter keystroke, min of ${times.length}`, value: round(sorted[0]), unit: 'ms' },
    { name: `filter keystroke, median of ${times.length} (goal < ${GOAL_MS})`, value: round(median), unit: 'ms' },
    { name: `filter keystroke, max of ${times.length}`, value: round(sorted[sorted.length - 1]), unit: 'ms' },
    { name: 'median / goal', value: Math.round((median / GOAL_MS) * 100) / 100, unit: '×' },
  ];
}
