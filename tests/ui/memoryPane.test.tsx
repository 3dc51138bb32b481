/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/* (Node export conditions: exceljs' dependencies ship browser builds as ES modules that jest cannot load.) */
/**
 * The real pane (real validate, generateSummary and SealPanel) over the in-memory gateway, loaded from the
 * example workbook with deliberate problems: what the harness does, without a browser.
 */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validate } from '../../src/domain/validate';
import { App } from '../../src/taskpane/App';
import { defaultServices } from '../../src/taskpane/defaultServices';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import { emptySheet, findSheet, getCell, setCell } from '../../src/taskpane/harness/memoryWorkbook';
import { workbookFromXlsx } from '../../src/taskpane/harness/loadXlsx';
import type { PaneServices } from '../../src/taskpane/services';
import { openTab } from './fakes'; // also the ResizeObserver stand-in for jsdom

// jsdom lacks Web Crypto's subtle (the seal's SHA-256) and TextEncoder; browsers and Node 20 have both.
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
Object.assign(globalThis, { TextEncoder, TextDecoder });

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'handlingsplan-is-it-2011-med-fel.xlsx');
const services: PaneServices = { ...defaultServices, now: () => new Date(2011, 11, 31, 14, 5) };

async function exampleGateway(): Promise<MemoryGateway> {
  return new MemoryGateway(await workbookFromXlsx(readFileSync(EXAMPLE)));
}

test('Validera over the example shows the same counts as validate(), and choosing a finding selects its cell', async () => {
  const gateway = await exampleGateway();
  const expected = validate(await gateway.readSnapshot(), { lang: 'sv', today: '2011-12-31' });
  expect(expected.counts.error).toBeGreaterThan(0);
  render(<App gateway={gateway} lang="sv" services={services} />);

  await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
  const { error, warning, info } = expected.counts;
  expect(await screen.findByLabelText(`${error} fel, ${warning} varningar, ${info} info`)).toBeInTheDocument();

  const first = expected.findings.find((f) => f.severity === 'error')!;
  const errors = screen.getByRole('region', { name: `Fel (${error})` });
  const button = within(errors).getAllByRole('button', { name: new RegExp(`${first.code}.*${first.sheet}!${first.cell}`) })[0];
  await userEvent.click(button);
  await waitFor(() => expect(gateway.selection).toEqual({ sheet: first.sheet, cell: first.cell }));
  // the seal panel got the result: it refuses to seal a workbook with errors
  await openTab('Försegling');
  expect(screen.getByRole('button', { name: /Försegla/ })).toBeDisabled();
});

test('Skapa sammanfattning writes the add-in sheet into the in-memory workbook', async () => {
  const gateway = await exampleGateway();
  render(<App gateway={gateway} lang="sv" services={services} />);
  await openTab('Sammanfattning och uppföljning');
  await userEvent.click(screen.getByRole('button', { name: 'Skapa sammanfattning' }));
  expect(await screen.findByText('Sammanfattningen finns på bladet Sammanfattning.')).toBeInTheDocument();
  const sheet = findSheet(gateway.workbook, 'Sammanfattning');
  expect(sheet?.marker).toBe('Sammanfattning');
  expect(sheet?.charts.map((c) => c.chart.kind).sort()).toEqual(['bar', 'column', 'column', 'doughnut']); // the example has history: the fourth chart
  expect(getCell(sheet!, 0, 0)).toBe('Handlingsplan för styrning av IS/IT');
});

test('Skapa sammanfattning on a workbook that is not a plan says so, naming what is missing, and writes nothing', async () => {
  const notes = emptySheet('Anteckningar');
  setCell(notes, 0, 0, 'mina anteckningar');
  const gateway = new MemoryGateway({ sheets: [notes], tables: [], seal: null });
  render(<App gateway={gateway} lang="sv" services={services} />);
  await openTab('Sammanfattning och uppföljning');
  await userEvent.click(screen.getByRole('button', { name: 'Skapa sammanfattning' }));
  expect(await screen.findByText(/^Arbetsboken saknar handlingsplanens blad eller tabeller: .*Åtgärder.*\. Ingen sammanfattning har skrivits\./)).toBeInTheDocument();
  expect(screen.queryByText(/Sammanfattningen finns på bladet/)).not.toBeInTheDocument();
  expect(gateway.workbook.sheets.map((s) => s.name)).toEqual(['Anteckningar']);
  expect(getCell(notes, 0, 0)).toBe('mina anteckningar');
});
