/** @jest-environment jsdom */
/** Where focus and jumps go: no jump to a sheet the workbook does not have; keyboard order follows the page. */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { SNAPSHOT, fakeGateway, fakeServices, finding } from './fakes';

const NOT_A_PLAN = [
  finding({ code: 'S001', severity: 'error', sheet: 'Åtgärder', cell: 'A1', message: 'Bladet eller tabellen Åtgärder saknas.' }),
  finding({ code: 'S007', severity: 'warning', sheet: 'Blad1', cell: 'C3', message: 'Cellen har ett Excel-fel.' }),
];

test('a finding on a sheet the workbook lacks offers no jump, and says why; one on an existing sheet does', async () => {
  const gateway = fakeGateway();
  gateway.readSnapshot.mockResolvedValue({ ...SNAPSHOT, sheetNames: ['Blad1'] });
  render(<App gateway={gateway} lang="sv" services={fakeServices(NOT_A_PLAN)} />);
  await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
  await screen.findByRole('region', { name: 'Fel (1)' });
  expect(screen.queryByRole('button', { name: /S001/ })).not.toBeInTheDocument();
  expect(
    screen.getByText('Arbetsboken har inget blad som heter Åtgärder, så det finns ingen cell att gå till. Lägg till bladet eller öppna handlingsplanen.'),
  ).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: /S007/ }));
  expect(gateway.selectCell).toHaveBeenCalledWith('Blad1', 'C3');
  expect(gateway.selectCell).toHaveBeenCalledTimes(1);
});

test('in English too', async () => {
  const gateway = fakeGateway();
  gateway.readSnapshot.mockResolvedValue({ ...SNAPSHOT, sheetNames: ['Sheet1'] });
  render(<App gateway={gateway} lang="en" services={fakeServices(NOT_A_PLAN.slice(0, 1))} />);
  await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
  expect(await screen.findByText(/^The workbook has no sheet named Åtgärder, so there is no cell to go to\./)).toBeInTheDocument();
});

// The keyboard order (Tab follows the page's order, through the tab list) is tested in a real browser:
// tests/browser/harness.test.ts. In jsdom, without layout, Fluent's tab list hands Tab to focus sentinels
// that only a browser moves on from.
