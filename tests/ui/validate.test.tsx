/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { memoryStore } from '../../src/taskpane/storage';
import { FINDINGS, SNAPSHOT, fakeGateway, fakeServices, finding, resultOf } from './fakes';

describe('Validera', () => {
  it('reads the workbook through the gateway, validates it and shows the counts', async () => {
    const gateway = fakeGateway();
    const services = fakeServices();
    render(<App gateway={gateway} lang="sv" services={services} />);
    expect(screen.getByText(/inte validerad ännu/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));

    expect(await screen.findByLabelText('2 fel, 2 varningar, 0 info')).toBeInTheDocument();
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(1);
    expect(services.validate).toHaveBeenCalledWith(SNAPSHOT, { lang: 'sv', today: '2011-12-31' });
    expect(screen.getByText('Sigill: 2 fel')).toBeInTheDocument();
  });

  it('shows a spinner while the workbook is read', async () => {
    const gateway = fakeGateway();
    let release: () => void = () => undefined;
    gateway.readSnapshot.mockImplementation(() => new Promise((resolve) => (release = () => resolve(SNAPSHOT))));
    render(<App gateway={gateway} lang="sv" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(screen.getByText('Validerar arbetsboken…')).toBeInTheDocument();
    release();
    expect(await screen.findByLabelText('2 fel, 2 varningar, 0 info')).toBeInTheDocument();
    expect(screen.queryByText('Validerar arbetsboken…')).not.toBeInTheDocument();
  });

  it('groups the findings by severity and then by rule family, each with message, sheet!cell and expected/actual', async () => {
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));

    const errors = await screen.findByRole('region', { name: 'Fel (2)' });
    const warnings = screen.getByRole('region', { name: 'Varningar (2)' });
    expect(within(errors).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Budgetfördelning (1)',
      'Ansvar och beslutsrätt (1)',
    ]);
    expect(within(warnings).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Ansvar och beslutsrätt (1)',
      'Plan och tidplan (1)',
    ]);
    const b003 = within(errors).getByRole('button', { name: /B003/ });
    expect(b003).toHaveTextContent('Andelarna summerar inte till budgeten');
    expect(b003).toHaveTextContent('Åtgärder!I4');
    expect(b003).toHaveTextContent('Åtgärd A03');
    expect(b003).toHaveTextContent('Förväntat: 250 000 kr · Faktiskt: 240 000 kr');
    // severity is shown as a word next to its icon, never by colour alone
    expect(b003).toHaveTextContent(/^Fel/);
    expect(within(warnings).getByRole('button', { name: /P007/ })).toHaveTextContent(/^Varning/);
  });

  it('notes the findings the per-code cap left out, with counts that include them', async () => {
    const services = fakeServices();
    services.validate.mockImplementation(() => ({ ...resultOf([...FINDINGS]), counts: { error: 1_047_577, warning: 2, info: 0 }, omitted: { P003: 1_047_575 } }));
    render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByLabelText('1 047 577 fel, 2 varningar, 0 info')).toBeInTheDocument();
    // (Testing Library folds the no-break spaces of the grouped numbers into plain ones.)
    expect(
      screen.getByText('Högst 1 000 avvikelser per kod listas: ytterligare 1 047 575 listas inte (P003 1 047 575). Antalen ovan räknar med alla.'),
    ).toBeInTheDocument();
  });

  it('has no such note when every finding is listed', async () => {
    render(<App gateway={fakeGateway()} lang="en" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    await screen.findByRole('region', { name: 'Errors (2)' });
    expect(screen.queryByText(/per code are listed/)).not.toBeInTheDocument();
  });

  it('says so when there are no findings', async () => {
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices([])} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByText(/Inga avvikelser/)).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});

describe('filter', () => {
  it('hides a severity with its toggle and filters by text; the counts follow the filter', async () => {
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    await screen.findByRole('region', { name: 'Fel (2)' });
    const findingButtons = (): string[] =>
      screen.getAllByRole('button', { name: /[SBRP]\d{3}/ }).map((b) => /[SBRP]\d{3}/.exec(b.textContent ?? '')![0]);
    expect(findingButtons()).toEqual(['B003', 'R005', 'R009', 'P007']);
    expect(screen.getByText('Visar alla 4')).toBeInTheDocument();

    const errorsToggle = screen.getByRole('button', { name: 'Fel (2)', pressed: true });
    await userEvent.click(errorsToggle);
    expect(screen.getByRole('button', { name: 'Fel (2)', pressed: false })).toBeInTheDocument();
    expect(findingButtons()).toEqual(['R009', 'P007']);
    expect(screen.getByText('Visar 2 träffar (4 totalt)')).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Filtrera avvikelser' }), 'roller!b4');
    expect(await screen.findByText('Visar 1 träff (4 totalt)')).toBeInTheDocument();
    expect(findingButtons()).toEqual(['R009']);
    // The toggles and the group headings count what the text matches, not the whole validation.
    expect(screen.getByRole('button', { name: 'Fel (0)', pressed: false })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Varningar (1)', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Varningar (1)' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Fel (0)', pressed: false }));
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Filtrera avvikelser' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filtrera avvikelser' }), 'a05');
    expect(await screen.findByText('Visar 1 träff (4 totalt)')).toBeInTheDocument();
    expect(findingButtons()).toEqual(['R005']);
    expect(screen.getByRole('region', { name: 'Fel (1)' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Filtrera avvikelser' }), 'zzz');
    expect(await screen.findByText('Inga avvikelser passar filtret.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /[SBRP]\d{3}/ })).toEqual([]);
    // Filtering hides findings from the list, never from the validation's counts.
    expect(screen.getByLabelText('2 fel, 2 varningar, 0 info')).toBeInTheDocument();
  });
});

describe('groups', () => {
  it('fold and unfold by their heading buttons, and the pane remembers it through its store', async () => {
    const store = memoryStore();
    const services = { ...fakeServices(), store };
    const { unmount } = render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    const fold = await screen.findByRole('button', { name: 'Fel (2)', expanded: true });
    await userEvent.click(fold);
    expect(screen.getByRole('button', { name: 'Fel (2)', expanded: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /B003/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /R009/ })).toBeInTheDocument();
    // a family inside an open group folds on its own
    await userEvent.click(screen.getByRole('button', { name: 'Plan och tidplan (1)', expanded: true }));
    expect(screen.queryByRole('button', { name: /P007/ })).not.toBeInTheDocument();
    expect(JSON.parse(store.get('plankoll.collapsedGroups') ?? '[]')).toEqual(['error', 'warning/plan']);
    unmount();

    render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByRole('button', { name: 'Fel (2)', expanded: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /P007/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fel (2)', expanded: false }));
    expect(screen.getByRole('button', { name: /B003/ })).toBeInTheDocument();
    expect(JSON.parse(store.get('plankoll.collapsedGroups') ?? '[]')).toEqual(['warning/plan']);
  });

  it('a store holding something else opens every group', async () => {
    const services = { ...fakeServices(), store: memoryStore({ 'plankoll.collapsedGroups': 'inte json' }) };
    render(<App gateway={fakeGateway()} lang="sv" services={services} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    expect(await screen.findByRole('button', { name: 'Fel (2)', expanded: true })).toBeInTheDocument();
  });
});

describe('finding text', () => {
  it('names the action once, gives the values their unit and meaning, with a true minus sign', async () => {
    const findings = [
      finding({ code: 'B009', severity: 'warning', cell: 'M4', actionId: 'A15', message: 'Åtgärd A15: Utfallet 110 000 kr överstiger budgeten 100 000 kr.', expected: 100_000, actual: 110_000 }),
      finding({ code: 'B007', severity: 'error', cell: 'C2', message: 'Andel (%) för Mora är 22,00 %.', expected: 20.2, actual: 22 }),
      finding({ code: 'P007', severity: 'warning', cell: 'G9', actionId: 'A08', message: 'Åtgärd A08: Försenad.', expected: '2011-10-31', actual: '2011-12-31' }),
      finding({ code: 'U005', severity: 'warning', cell: 'D3', actionId: 'A02', message: 'Åtgärd A02: Utfallet har minskat.', expected: 1500, actual: -20 }),
    ];
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices(findings)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    const b009 = await screen.findByRole('button', { name: /B009/ });
    expect(b009.textContent?.match(/A15/g)).toHaveLength(1); // the header's "Åtgärd A15", not again in the message
    expect(b009).toHaveTextContent('Åtgärd A15Utfallet 110 000 kr överstiger budgeten 100 000 kr.');
    expect(b009).toHaveTextContent('Förväntat: 100 000 kr · Faktiskt: 110 000 kr');
    expect(screen.getByRole('button', { name: /B007/ })).toHaveTextContent('Förväntat: 20,20 % · Faktiskt: 22,00 %');
    expect(screen.getByRole('button', { name: /P007/ })).toHaveTextContent('Slutdatum: 2011-10-31 · Rapportdatum: 2011-12-31');
    expect(screen.getByRole('button', { name: /U005/ }).textContent).toContain('Faktiskt: \u221220\u00a0kr');
  });

  it('in English the values keep their units and names', async () => {
    const findings = [finding({ code: 'P007', severity: 'warning', cell: 'G9', actionId: 'A08', message: 'Action A08: Overdue.', expected: '2011-10-31', actual: '2011-12-31' })];
    render(<App gateway={fakeGateway()} lang="en" services={fakeServices(findings)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
    const p007 = await screen.findByRole('button', { name: /P007/ });
    expect(p007).toHaveTextContent('Action A08Overdue.');
    expect(p007).toHaveTextContent('End date: 2011-10-31 · Report date: 2011-12-31');
  });
});

describe('the chosen finding', () => {
  it('is marked current, in words and with aria-current; choosing another moves the mark', async () => {
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    const b003 = await screen.findByRole('button', { name: /B003/ });
    expect(b003).not.toHaveAttribute('aria-current');
    await userEvent.click(b003);
    expect(b003).toHaveAttribute('aria-current', 'true');
    expect(b003).toHaveTextContent(/^Vald/);
    const p007 = screen.getByRole('button', { name: /P007/ });
    await userEvent.click(p007);
    expect(p007).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /B003/ })).not.toHaveAttribute('aria-current');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});

describe('many findings', () => {
  it('renders them a page at a time, with a button for more, and states the report date', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      finding({ code: 'B003', severity: 'error', cell: `I${i + 2}`, actionId: `A${i + 1}` }),
    );
    render(<App gateway={fakeGateway()} lang="sv" services={fakeServices(many)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
    await screen.findByText('Rapportdatum 2011-12-31');
    // (role queries over hundreds of items are slow in jsdom; count the list items instead)
    const items = (): number => document.querySelectorAll('li button').length;
    expect(screen.getByText('Visar 200 av 450')).toBeInTheDocument();
    expect(items()).toBe(200);

    await userEvent.click(screen.getByText('Visa 200 till'));
    expect(items()).toBe(400);
    await userEvent.click(screen.getByText('Visa 50 till'));
    expect(items()).toBe(450);
    expect(screen.queryByText(/^Visa \d+ till$/)).not.toBeInTheDocument();
  });
});
