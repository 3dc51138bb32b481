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

test('Tab goes through the pane in the order it is shown', async () => {
  render(<App gateway={fakeGateway()} lang="sv" services={fakeServices()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
  await screen.findByRole('region', { name: 'Fel (2)' });
  // Every focusable control, in DOM order (what the page shows top to bottom), is reached by Tab in that order.
  const focusable = Array.from(document.querySelectorAll<HTMLElement>('button, input, [tabindex], a[href]')).filter(
    (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0 && el.closest('[hidden]') === null,
  );
  expect(focusable.length).toBeGreaterThan(8);
  (document.activeElement as HTMLElement | null)?.blur();
  const reached: HTMLElement[] = [];
  for (let i = 0; i < focusable.length; i++) {
    await userEvent.tab();
    reached.push(document.activeElement as HTMLElement);
  }
  expect(reached).toEqual(focusable);
});
