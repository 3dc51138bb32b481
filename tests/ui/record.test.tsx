/**
 * @jest-environment jsdom
 */
/**
 * *Spara uppföljning* in the pane, by role, over the in-memory gateway: the period from the Plan or typed,
 * refused before validation and with errors, the question before a recorded period is replaced, and what
 * is written.
 */
import '@testing-library/jest-dom';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { validate } from '../../src/domain/validate';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import { findSheet, getCell, workbookFromSnapshot } from '../../src/taskpane/harness/memoryWorkbook';
import { RecordPanel } from '../../src/taskpane/record/RecordPanel';
import { exampleRows, makeSnapshot } from '../builders/snapshot';
import type { GridSpec } from '../builders/snapshot';
import './fakes';

// The builders' plan has Rapportdatum 2011-09-30: that is the follow-up's date.
const services = { validate, now: () => new Date(2011, 11, 31, 14, 5) };

function snapshot(options: { period?: string; error?: boolean; followUps?: CellValue[][] } = {}): WorkbookSnapshot {
  const rows = exampleRows();
  if (options.period !== undefined) rows.Plan.push(['Uppföljningsperiod', options.period]);
  if (options.error) rows.Åtgärder[1][8] = -1;
  const tables: GridSpec[] = [
    { name: 'Plan', sheet: 'Plan', rows: rows.Plan },
    { name: 'Finansiering', sheet: 'Finansiering', rows: rows.Finansiering },
    { name: 'Mal', sheet: 'Mål', rows: rows.Mål },
    { name: 'Roller', sheet: 'Roller', rows: rows.Roller },
    { name: 'Atgarder', sheet: 'Åtgärder', rows: rows.Åtgärder },
  ];
  if (options.followUps) {
    tables.push({ name: 'Uppfoljning', sheet: 'Uppföljning', rows: [['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'], ...options.followUps] });
  }
  return makeSnapshot({ tables });
}

function setup(s: WorkbookSnapshot) {
  const gateway = new MemoryGateway(workbookFromSnapshot(s));
  const result = validate(s, { lang: 'sv', today: '2011-12-31' });
  const onRecorded = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RecordPanel gateway={gateway} result={result} lang="sv" services={services} onRecorded={onRecorded} />
    </FluentProvider>,
  );
  return { gateway, onRecorded, view };
}

// The machine is shared and slow at times; Fluent's dialog animates in and out.
configure({ asyncUtilTimeout: 5000 });

/**
 * The open dialog titled `title`, found through its title and checked structurally (as in the seal panel's
 * tests: under load, jsdom's accessible names for Fluent's animating modal are unreliable; hence `hidden`).
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  const dialog = heading.closest<HTMLElement>('[role="dialog"]');
  expect(dialog).not.toBeNull();
  expect(dialog?.getAttribute('aria-labelledby')).toBe(heading.id);
  return dialog as HTMLElement;
}

const cellOf = (gateway: MemoryGateway, address: [number, number]): CellValue => getCell(findSheet(gateway.workbook, 'Uppföljning')!, ...address);

test('takes the period from the Plan and saves the follow-up on a new Uppföljning sheet', async () => {
  const { gateway, onRecorded } = setup(snapshot({ period: 'Helår 2011' }));
  const field = screen.getByRole('textbox', { name: 'Uppföljningsperiod' });
  expect(field).toHaveValue('Helår 2011');
  expect(screen.getByText('Hämtad från Uppföljningsperiod på bladet Plan.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljning' }));
  expect(await screen.findByText('Uppföljningen Helår 2011 (2011-09-30) är sparad: 5 åtgärder på bladet Uppföljning.')).toBeInTheDocument();
  expect(onRecorded).toHaveBeenCalledTimes(1);
  expect(gateway.workbook.tables.find((t) => t.name === 'Uppfoljning')?.range).toBe('A1:G6');
  expect([cellOf(gateway, [1, 0]), cellOf(gateway, [1, 1]), cellOf(gateway, [1, 2])]).toEqual(['Helår 2011', 40816, 'A1']);
});

test('asks for the period when the Plan has none, and cannot save without one', async () => {
  const { gateway } = setup(snapshot());
  const field = screen.getByRole('textbox', { name: 'Uppföljningsperiod' });
  expect(field).toHaveValue('');
  expect(screen.getByRole('button', { name: 'Spara uppföljning' })).toBeDisabled();
  expect(screen.getByText('Skriv uppföljningens namn.')).toBeInTheDocument();
  await userEvent.type(field, 'Tertial 3');
  await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljning' }));
  expect(await screen.findByText(/Uppföljningen Tertial 3 \(2011-09-30\) är sparad/)).toBeInTheDocument();
  expect(cellOf(gateway, [1, 0])).toBe('Tertial 3');
});

test('is disabled before a validation and when the plan has errors', () => {
  const gateway = new MemoryGateway(workbookFromSnapshot(snapshot({ period: 'T' })));
  const { rerender } = render(
    <FluentProvider theme={webLightTheme}>
      <RecordPanel gateway={gateway} result={null} lang="sv" services={services} />
    </FluentProvider>,
  );
  expect(screen.getByRole('button', { name: 'Spara uppföljning' })).toBeDisabled();
  expect(screen.getByText('Validera arbetsboken först.')).toBeInTheDocument();
  const withError = snapshot({ period: 'T', error: true });
  const result = validate(withError, { lang: 'sv', today: '2011-12-31' });
  rerender(
    <FluentProvider theme={webLightTheme}>
      <RecordPanel gateway={gateway} result={result} lang="sv" services={services} />
    </FluentProvider>,
  );
  expect(screen.getByRole('button', { name: 'Spara uppföljning' })).toBeDisabled();
  expect(screen.getByText(/Arbetsboken har \d+ fel\. Rätta dem/)).toBeInTheDocument();
  expect(findSheet(gateway.workbook, 'Uppföljning')).toBeUndefined();
});

test('asks before replacing a recorded period: Avbryt changes nothing, Ersätt rewrites only its rows', async () => {
  const followUps: CellValue[][] = [
    ['Tertial 2', 40786, 'A1', 1, 2, 'Pågår', 'gammal'],
    ['Helår 2011', 40816, 'A1', 5, 6, 'Pågår', 'gammal'],
  ];
  const { gateway } = setup(snapshot({ period: 'helår 2011', followUps }));
  await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljning' }));
  const dialog = await dialogTitled('Ersätta en sparad uppföljning?');
  expect(within(dialog).getByText(/Helår 2011 är redan sparad \(1 rad, 2011-09-30\)/)).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
  await waitFor(() => expect(screen.queryByText('Ersätta en sparad uppföljning?')).not.toBeInTheDocument());
  expect(cellOf(gateway, [2, 6])).toBe('gammal');
  // Focus is back on the button that led to the question, not on <body>.
  // (hidden: Fluent's modalizer lifts aria-hidden from the page a moment after the dialog is gone)
  await waitFor(() => expect(screen.getByRole('button', { name: 'Spara uppföljning', hidden: true })).toHaveFocus(), { timeout: 5000 });

  await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljning', hidden: true }));
  await userEvent.click(within(await dialogTitled('Ersätta en sparad uppföljning?')).getByRole('button', { name: 'Ersätt', hidden: true }));
  expect(await screen.findByText(/är sparad: 5 åtgärder på bladet Uppföljning\. Den tidigare raden för perioden ersattes\./)).toBeInTheDocument();
  expect(cellOf(gateway, [1, 6])).toBe('gammal'); // Tertial 2 untouched
  expect(gateway.workbook.tables.find((t) => t.name === 'Uppfoljning')?.range).toBe('A1:G7');
  expect(cellOf(gateway, [2, 0])).toBe('Helår 2011');
  // (hidden: Fluent's modalizer lifts aria-hidden from the page a moment after the dialog is gone)
  await waitFor(() => expect(screen.getByRole('button', { name: 'Spara uppföljning', hidden: true })).toHaveFocus(), { timeout: 5000 });
});

test('says why when the workbook has errors by the time it is saved', async () => {
  const s = snapshot({ period: 'T' });
  const { gateway } = setup(s);
  gateway.load(workbookFromSnapshot(snapshot({ period: 'T', error: true })));
  await userEvent.click(screen.getByRole('button', { name: 'Spara uppföljning' }));
  expect(await screen.findByText(/Arbetsboken har \d+ fel nu, så uppföljningen sparades inte/)).toBeInTheDocument();
  expect(findSheet(gateway.workbook, 'Uppföljning')).toBeUndefined();
});
