/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { FINDINGS, fakeGateway, fakeServices, finding, openTab } from './fakes';
import { GatewayError } from '../../src/domain/hostErrors';

async function validated(gateway = fakeGateway(), services = fakeServices()) {
  render(<App gateway={gateway} lang="sv" services={services} />);
  await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
  await screen.findByRole('region', { name: 'Fel (2)' });
  return { gateway, services };
}

describe('choosing a finding', () => {
  it('selects its cell in the workbook on click', async () => {
    const { gateway } = await validated();
    await userEvent.click(screen.getByRole('button', { name: /R009/ }));
    expect(gateway.selectCell).toHaveBeenCalledWith('Roller', 'B4');
  });

  it('is keyboard-usable: Enter and Space choose a focused finding', async () => {
    // Focus is put on the items directly: in jsdom (no layout) Fluent's tab list takes Tab to focus
    // sentinels that only a browser moves on from. The browser tests (tests/browser/harness.test.ts) walk
    // the whole pane with Tab.
    const { gateway } = await validated();
    const b003 = screen.getByRole('button', { name: /B003/ });
    const r005 = screen.getByRole('button', { name: /R005/ });
    b003.focus();
    expect(b003).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(gateway.selectCell).toHaveBeenLastCalledWith('Åtgärder', 'I4');
    r005.focus();
    await userEvent.keyboard(' ');
    expect(gateway.selectCell).toHaveBeenLastCalledWith('Åtgärder', 'E6');
    expect(gateway.selectCell).toHaveBeenCalledTimes(2);
  });
});

describe('highlight', () => {
  it('marks all findings when switched on and clears them when switched off', async () => {
    const { gateway } = await validated();
    const toggle = screen.getByRole('switch', { name: 'Färgmarkera avvikelser i arbetsboken' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(gateway.highlight).toHaveBeenCalledWith(FINDINGS);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(gateway.clearHighlights).toHaveBeenCalledTimes(1);
  });

  it('re-marks the new findings when the workbook is validated again while on', async () => {
    const { gateway } = await validated();
    await userEvent.click(screen.getByRole('switch', { name: 'Färgmarkera avvikelser i arbetsboken' }));
    await waitFor(() => expect(gateway.highlight).toHaveBeenCalledTimes(1));
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    await waitFor(() => expect(gateway.highlight).toHaveBeenCalledTimes(2));
  });
});

describe('errors from the gateway', () => {
  it('shows a failed read as what happened and what to do, Excel’s text behind "Visa detaljer", and the pane keeps working', async () => {
    const gateway = fakeGateway();
    gateway.readSnapshot.mockRejectedValueOnce(
      new GatewayError('read', 'Kunde inte läsa arbetsboken: Not there. (ItemNotFound)', 'ItemNotFound', 'Not there. (ItemNotFound)'),
    );
    render(<App gateway={gateway} lang="sv" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByText('Plankoll kunde inte läsa arbetsboken.')).toBeInTheDocument();
    expect(screen.getByText(/^Arbetsboken har ändrats sedan Plankoll läste den/)).toBeInTheDocument();
    const details = screen.getByRole('button', { name: 'Visa detaljer' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Not there. (ItemNotFound)')).not.toBeVisible();
    await userEvent.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Not there. (ItemNotFound)')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByText(/ItemNotFound/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByLabelText('2 fel, 2 varningar, 0 info')).toBeInTheDocument();
  });

  it('shows a failed selection, a failed highlight and a failed summary, never the raw text in the main line', async () => {
    const gateway = fakeGateway();
    gateway.selectCell.mockRejectedValueOnce(new GatewayError('select', 'x', 'ItemNotFound', 'The workbook has no sheet named Roller (ItemNotFound)'));
    gateway.highlight.mockRejectedValueOnce('RichApi.Error: GeneralException');
    const services = fakeServices(FINDINGS, async () => {
      throw new GatewayError('writeSummary', 'x', 'AccessDenied', 'Locked (AccessDenied)');
    });
    await validated(gateway, services);
    await userEvent.click(screen.getByRole('button', { name: /R009/ }));
    expect(await screen.findByText('Plankoll kunde inte gå till cellen.')).toBeInTheDocument();
    expect(screen.getByText('The workbook has no sheet named Roller (ItemNotFound)')).not.toBeVisible();
    const toggle = screen.getByRole('switch', { name: 'Färgmarkera avvikelser i arbetsboken' });
    await userEvent.click(toggle);
    expect(await screen.findByText('Något oväntat gick fel i Plankoll.')).toBeInTheDocument();
    expect(screen.getByText('RichApi.Error: GeneralException')).not.toBeVisible();
    expect(toggle).not.toBeChecked();
    await openTab('Sammanfattning och uppföljning');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa sammanfattning' }));
    expect(await screen.findByText('Plankoll kunde inte skriva sammanfattningen.')).toBeInTheDocument();
    expect(screen.getByText(/^Arbetsboken eller bladet är skyddat/)).toBeInTheDocument();
  });

  it('in English, in English', async () => {
    const gateway = fakeGateway();
    gateway.readSnapshot.mockRejectedValueOnce(new GatewayError('read', 'x', 'InvalidOperationInCellEditMode', 'Busy editing'));
    render(<App gateway={gateway} lang="en" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('Plankoll could not read the workbook.')).toBeInTheDocument();
    expect(screen.getByText('Excel is editing a cell. Press Enter or Esc in the cell and try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show details' })).toBeInTheDocument();
  });
});

describe('summary', () => {
  it('calls generateSummary with the gateway, date and language and says which sheet it wrote', async () => {
    const gateway = fakeGateway();
    const services = fakeServices(FINDINGS, async () => ({
      sheetName: 'Sammanfattning (2)',
      counts: { error: 2, warning: 2, info: 0 },
    }));
    render(<App gateway={gateway} lang="sv" services={services} />);
    await openTab('Sammanfattning och uppföljning');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa sammanfattning' }));
    expect(await screen.findByText('Sammanfattningen finns på bladet Sammanfattning (2).')).toBeInTheDocument();
    expect(services.generateSummary).toHaveBeenCalledWith(gateway, {
      today: '2011-12-31',
      now: new Date(2011, 11, 31, 14, 5),
      lang: 'sv',
    });
  });
});

describe('workbook text', () => {
  it('renders markup from a cell as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const services = fakeServices([finding({ code: 'R002', severity: 'error', message: `Ansvarig ${evil} finns inte i Roller`, actual: evil })]);
    const { container } = render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    const item = await screen.findByRole('button', { name: /R002/ });
    expect(item).toHaveTextContent(`Ansvarig ${evil} finns inte i Roller`);
    expect(item).toHaveTextContent(`Faktiskt: ${evil}`);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('language', () => {
  it('speaks English when asked, including the findings counts and groups', async () => {
    render(<App gateway={fakeGateway()} lang="en" services={fakeServices()} />);
    expect(screen.getByText(/has not been validated yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByLabelText('2 errors, 2 warnings, 0 info')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Errors (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Budget shares (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /B003/ })).toHaveTextContent('Expected: 250 000 kr'); // amounts are written sv-style in both languages, as the messages are
    expect(screen.getByRole('switch', { name: 'Highlight findings in the workbook' })).toBeInTheDocument();
    await openTab('Summary and follow-up');
    expect(screen.getByRole('button', { name: 'Create summary' })).toBeInTheDocument();
  });

  it('re-renders the findings in the new language without reading the workbook again', async () => {
    const gateway = fakeGateway();
    const services = fakeServices();
    const { rerender } = render(<App gateway={gateway} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    await screen.findByRole('region', { name: 'Fel (2)' });
    rerender(<App gateway={gateway} lang="en" services={services} />);
    expect(await screen.findByRole('region', { name: 'Errors (2)' })).toBeInTheDocument();
    expect(services.validate).toHaveBeenLastCalledWith(expect.anything(), { lang: 'en', today: '2011-12-31' });
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(1);
  });
});

describe('a bug in validation', () => {
  it('is shown as an error, not swallowed', async () => {
    const services = fakeServices();
    services.validate.mockImplementation(() => {
      throw new TypeError('Cannot read properties of undefined');
    });
    render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByText('Cannot read properties of undefined')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Avvikelser' })).not.toBeInTheDocument();
  });
});
