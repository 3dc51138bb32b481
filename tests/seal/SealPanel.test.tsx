/** @jest-environment jsdom */
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import '@testing-library/jest-dom';
import type { RenderResult } from '@testing-library/react';
import { configure, render as rtlRender, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { exampleSnapshot, setCell } from '../builders/snapshot';
import type { Finding } from '../../src/domain/finding';
import type { FollowUpWrite } from '../../src/domain/record/types';
import type { WorkbookGateway } from '../../src/domain/gateway';
import type { SheetLayout } from '../../src/domain/summary/layout';
import { readPlan } from '../../src/domain/readPlan';
import { createSeal, sealToJson } from '../../src/domain/seal';
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import { validate } from '../../src/domain/validate';
import type { ValidationResult } from '../../src/domain/validation';
import { SealPanel } from '../../src/taskpane/seal/SealPanel';
import { GatewayError } from '../../src/domain/hostErrors';
import type { NameStore } from '../../src/taskpane/seal/nameStore';

// jsdom has neither Web Crypto's subtle nor TextEncoder; the browser and Node 20 have both.
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
Object.assign(globalThis, { TextEncoder, TextDecoder });
// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
    configurable: true,
  });
}

// The machine is shared and slow at times; Fluent's dialog animates in and out.
configure({ asyncUtilTimeout: 5000 });

/**
 * The open dialog labelled by `title`. Found through its title: under load, jsdom's accessible-name
 * computation for Fluent's animating modal is unreliable, so the labelling is checked structurally.
 * (`hidden` in the queries inside it for the same reason.)
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  const dialog = heading.closest<HTMLElement>('[role="dialog"]');
  expect(dialog).not.toBeNull();
  expect(dialog?.getAttribute('aria-labelledby')).toBe(heading.id);
  expect(dialog).toHaveAttribute('aria-modal', 'true');
  return dialog as HTMLElement;
}

/** As in the pane: inside a FluentProvider. */
function render(ui: ReactElement): RenderResult {
  return rtlRender(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

const AT = '2011-12-31T14:05:00+01:00';
const NOW = (): Date => new Date(Date.UTC(2011, 11, 31, 13, 5));

type FakeGateway = { [K in keyof WorkbookGateway]: jest.Mock<ReturnType<WorkbookGateway[K]>, Parameters<WorkbookGateway[K]>> };

function fakeGateway(snapshot: WorkbookSnapshot): FakeGateway {
  let stored: string | null = null;
  let autoOpen = false;
  return {
    readSnapshot: jest.fn(async () => snapshot),
    writeSummary: jest.fn(async (_layout: SheetLayout) => ({ sheetName: 'Sammanfattning' })),
    writeFindings: jest.fn(async (_layout: SheetLayout) => ({ sheetName: 'Avvikelser' })),
    highlight: jest.fn(async (_findings: readonly Finding[]) => undefined),
    clearHighlights: jest.fn(async () => undefined),
    selectCell: jest.fn(async (_sheet: string, _cell: string) => undefined),
    writeFollowUp: jest.fn(async (_write: FollowUpWrite) => undefined),
    createPlan: jest.fn(async () => ({ created: [] })),
    writeSeal: jest.fn(async (record: string) => {
      stored = record;
    }),
    readSeal: jest.fn(async () => ({ part: stored, sheet: stored })),
    readAutoOpen: jest.fn(async () => autoOpen),
    setAutoOpen: jest.fn(async (on: boolean) => {
      autoOpen = on;
    }),
  };
}

function memoryNames(initial: string | null = null): NameStore & { value: string | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (v: string) => {
      store.value = v;
    },
  };
  return store;
}

async function sealedBy(snapshot: WorkbookSnapshot, by: string): Promise<WorkbookSnapshot> {
  const record = await createSeal(readPlan(snapshot).model, { error: 0, warning: 0, info: 0 }, by, AT);
  const json = sealToJson(record);
  return { ...snapshot, seal: { part: json, sheet: json } };
}

function validated(snapshot: WorkbookSnapshot): ValidationResult {
  return validate(snapshot, { lang: 'sv', today: '2011-12-31' });
}

describe('SealPanel: auto-open', () => {
  it('sealing marks the workbook to open Plankoll, and the switch shows it on', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(snapshot);
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={validated(snapshot)} lang="sv" now={NOW} nameStore={memoryNames('Anna Berg')} />);
    await screen.findByText('Ej förseglad');
    // Never sealed: no switch.
    expect(screen.queryByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Försegla' }));
    const toggle = await screen.findByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' });
    expect(gateway.setAutoOpen.mock.calls).toEqual([[true]]);
    await waitFor(() => expect(toggle).toBeChecked());
    // Set after the seal was written and read back.
    expect(gateway.writeSeal.mock.invocationCallOrder[0]).toBeLessThan(gateway.setAutoOpen.mock.invocationCallOrder[0]);
  });

  it('the controller’s switch turns it off and on again', async () => {
    const snapshot = await sealedBy(exampleSnapshot(), 'Anna Berg');
    const gateway = fakeGateway(snapshot);
    gateway.readAutoOpen.mockResolvedValue(true);
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="en" nameStore={memoryNames()} />);
    const toggle = await screen.findByRole('switch', { name: 'Open Plankoll when the workbook opens' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(gateway.setAutoOpen.mock.calls).toEqual([[false], [true]]);
  });

  it('a workbook whose seal is gone no longer opens the pane: the setting is removed', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(snapshot);
    gateway.readAutoOpen.mockResolvedValue(true);
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="sv" nameStore={memoryNames()} />);
    await screen.findByText('Ej förseglad');
    await waitFor(() => expect(gateway.setAutoOpen.mock.calls).toEqual([[false]]));
  });

  it('a sealed workbook keeps the setting as it is', async () => {
    const snapshot = await sealedBy(exampleSnapshot(), 'Anna Berg');
    const gateway = fakeGateway(snapshot);
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="sv" nameStore={memoryNames()} />);
    const toggle = await screen.findByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' });
    expect(toggle).not.toBeChecked();
    expect(gateway.setAutoOpen).not.toHaveBeenCalled();
  });

  it('says so when the choice could not be saved, and the switch shows what the workbook has', async () => {
    const snapshot = await sealedBy(exampleSnapshot(), 'Anna Berg');
    const gateway = fakeGateway(snapshot);
    gateway.readAutoOpen.mockResolvedValue(true);
    gateway.setAutoOpen.mockRejectedValue(new GatewayError('setAutoOpen', 'x', 'GeneralException', 'Internal Error (GeneralException)'));
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="sv" nameStore={memoryNames()} />);
    const toggle = await screen.findByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' });
    await userEvent.click(toggle);
    expect(await screen.findByText('Kunde inte ändra om Plankoll öppnas med arbetsboken')).toBeInTheDocument();
    expect(screen.getByText('Plankoll kunde inte spara om tillägget ska öppnas med arbetsboken.')).toBeInTheDocument();
    expect(screen.getByText('Internal Error (GeneralException)')).not.toBeVisible();
    expect(toggle).toBeChecked();
  });
});

describe('SealPanel', () => {
  it('says honestly what a seal is', async () => {
    const snapshot = exampleSnapshot();
    render(<SealPanel gateway={fakeGateway(snapshot)} snapshot={snapshot} result={null} lang="sv" nameStore={memoryNames()} />);
    expect(screen.getByRole('region', { name: 'Försegling' })).toHaveTextContent(/ingen underskrift/);
    expect(screen.getByText(/bevisar inte vem som förseglade/)).toBeInTheDocument();
    expect(await screen.findByText('Ej förseglad')).toBeInTheDocument(); // the check at open has settled
  });

  it('reads the workbook at open when the pane has no snapshot yet, and shows who sealed it', async () => {
    const snapshot = await sealedBy(exampleSnapshot(), 'Anna Berg');
    const gateway = fakeGateway(snapshot);
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="sv" nameStore={memoryNames()} />);
    // The seal line (src/domain/seal/sealLine.ts): who, when, for which period, and the fingerprint.
    expect(await screen.findByText(/^Validerad av Anna Berg 2011-12-31 14:05 för 2011-09-30, oförändrad · fingeravtryck [0-9a-f]{12}$/)).toBeInTheDocument();
    expect(gateway.readSnapshot).toHaveBeenCalledTimes(1);
  });

  it('shows a workbook without a seal as not sealed, and Försegla disabled until validated', async () => {
    const snapshot = exampleSnapshot();
    render(<SealPanel gateway={fakeGateway(snapshot)} snapshot={snapshot} result={null} lang="sv" nameStore={memoryNames()} />);
    expect(await screen.findByText('Ej förseglad')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försegla' })).toBeDisabled();
    expect(screen.getByText(/Validera arbetsboken först/)).toBeInTheDocument();
  });

  it('lists each change since sealing, governing first, each a link to its cell', async () => {
    const sealed = await sealedBy(exampleSnapshot(), 'Anna Berg');
    const edited = setCell(setCell(sealed, 'Åtgärder', 'Utfall (kr)', 1, 400_001), 'Åtgärder', 'Budget (kr)', 2, 1_000);
    const gateway = fakeGateway(edited);
    const { container } = render(<SealPanel gateway={gateway} snapshot={edited} result={validated(edited)} lang="sv" nameStore={memoryNames()} />);
    expect(await screen.findByText(/^Ändrad sedan valideringen \(Anna Berg 2011-12-31 14:05, 2011-09-30\): 1 styrande ändring; Åtgärder/)).toBeInTheDocument();
    // The list comes with its own part of the pane, fetched when the check finds a change.
    const changes = await screen.findByRole('region', { name: 'Ändringar sedan förseglingen' });
    const headings = within(changes).getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Ändringar sedan förseglingen', 'Styrande ändringar', 'Övriga ändringar']);
    const links = within(changes).getAllByRole('button');
    expect(links[0].textContent).toMatch(/^Åtgärder A3 · Budget \(kr\): .*\u00a0kr → 1\u00a0000\u00a0kr$/);
    expect(links[1].textContent).toMatch(/^Åtgärder A2 · Utfall \(kr\): .* → 400\u00a0001\u00a0kr$/);
    await userEvent.click(links[1]);
    expect(gateway.selectCell).toHaveBeenCalledWith('Åtgärder', expect.stringMatching(/^[A-Z]+3$/));
    expect(screen.getByText(/^Godkänd för .*: förseglad av Anna Berg 2011-12-31 14:05\.$/)).toBeInTheDocument();
    // Already sealed: Försegla igen, not the primary Försegla; one message bar.
    expect(screen.getByRole('button', { name: 'Försegla igen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Försegla' })).not.toBeInTheDocument();
    expect(container.querySelectorAll('.fui-MessageBar')).toHaveLength(1);
  });

  it('shows the earlier seals', async () => {
    const first = await sealedBy(exampleSnapshot(), 'Bo Ek');
    const record = await createSeal(readPlan(first).model, { error: 0, warning: 1, info: 0 }, 'Anna Berg', AT, { previous: first.seal });
    const snapshot = { ...first, seal: sealToJson(record) };
    render(<SealPanel gateway={fakeGateway(snapshot)} snapshot={snapshot} result={null} lang="sv" nameStore={memoryNames()} />);
    const history = await screen.findByRole('region', { name: 'Tidigare förseglingar' });
    expect(within(history).getByRole('listitem')).toHaveTextContent(/^2011-12-31 14:05 Bo Ek, .* \(0 fel, 0 varningar\)$/);
  });

  it('says plainly when the seal did not stick, and when only one copy did', async () => {
    const snapshot = exampleSnapshot();
    const lost = fakeGateway(snapshot);
    lost.readSeal.mockResolvedValue({ part: null, sheet: null });
    const { unmount } = render(<SealPanel gateway={lost} snapshot={snapshot} result={validated(snapshot)} lang="sv" nameStore={memoryNames('Anna Berg')} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Försegla' }));
    expect(await screen.findByText(/Förseglingen sparades inte: när den lästes tillbaka/)).toBeInTheDocument();
    expect(screen.getByText('Förseglingen misslyckades')).toBeInTheDocument();
    unmount();

    const mac = fakeGateway(snapshot);
    mac.readSeal.mockImplementation(async () => ({ part: null, sheet: mac.writeSeal.mock.calls[0][0] }));
    render(<SealPanel gateway={mac} snapshot={snapshot} result={validated(snapshot)} lang="sv" nameStore={memoryNames('Anna Berg')} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Försegla' }));
    expect(await screen.findByText(/Excel behöll inte förseglingens XML-del; förseglingen finns på det dolda bladet/)).toBeInTheDocument();
  });

  it('keeps Försegla disabled when the validation found errors, and says how many', async () => {
    const broken = setCell(exampleSnapshot(), 'Åtgärder', 'Ansvarig', 0, 'Ingen sådan roll');
    const result = validated(broken);
    expect(result.counts.error).toBeGreaterThan(0);
    render(<SealPanel gateway={fakeGateway(broken)} snapshot={broken} result={result} lang="sv" nameStore={memoryNames()} />);
    expect(screen.getByRole('button', { name: 'Försegla' })).toBeDisabled();
    expect(screen.getByText(`Arbetsboken har ${result.counts.error} fel och kan inte förseglas.`)).toBeInTheDocument();
    expect(await screen.findByText('Ej förseglad')).toBeInTheDocument(); // the check at open has settled
  });

  it('asks for the name once, remembers it, writes the seal and shows it intact', async () => {
    const snapshot = exampleSnapshot();
    const result = validated(snapshot);
    expect(result.counts.error).toBe(0);
    const gateway = fakeGateway(snapshot);
    const names = memoryNames();
    const user = userEvent.setup();
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={result} lang="sv" now={NOW} nameStore={names} />);
    await screen.findByText('Ej förseglad');

    await user.click(screen.getByRole('button', { name: 'Försegla' }));
    const dialog = await dialogTitled('Vem förseglar?');
    await user.click(within(dialog).getByRole('button', { name: 'Försegla', hidden: true }));
    expect(within(dialog).getByText('Skriv ditt namn.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Ditt namn/, hidden: true }), 'Karin Lind');
    await user.click(within(dialog).getByRole('button', { name: 'Försegla', hidden: true }));

    await waitFor(() => expect(gateway.writeSeal).toHaveBeenCalledTimes(1));
    const record = JSON.parse(gateway.writeSeal.mock.calls[0][0]) as { by: string; at: string; counts: unknown; tool: string };
    expect(record).toMatchObject({ by: 'Karin Lind', tool: 'plankoll', counts: result.counts });
    expect(Date.parse(record.at)).toBe(NOW().getTime());
    expect(names.value).toBe('Karin Lind');
    expect(await screen.findByText(/^Validerad av Karin Lind .*, oförändrad · fingeravtryck [0-9a-f]{12}$/)).toBeInTheDocument();
    expect(screen.getByText(/Arbetsboken är förseglad/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // Once the modal dialog is gone the page is accessible again; sealed now, so it offers Försegla igen.
    await user.click(await screen.findByRole('button', { name: 'Försegla igen' }));
    await waitFor(() => expect(gateway.writeSeal).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses to seal when the workbook changed after the validation', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(setCell(snapshot, 'Åtgärder', 'Utfall (kr)', 0, 1));
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={validated(snapshot)} lang="sv" nameStore={memoryNames('Anna Berg')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Försegla' }));
    expect(await screen.findByText(/har ändrats sedan valideringen. Validera igen/)).toBeInTheDocument();
    expect(gateway.writeSeal).not.toHaveBeenCalled();
  });

  it('shows a failed write in the user’s words, Excel’s text behind Visa detaljer, never swallowing it', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(snapshot);
    gateway.writeSeal.mockRejectedValue(new GatewayError('writeSeal', 'x', 'AccessDenied', 'The workbook is read-only. (AccessDenied)'));
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={validated(snapshot)} lang="sv" nameStore={memoryNames('Anna Berg')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Försegla' }));
    expect(await screen.findByText('Plankoll kunde inte spara förseglingen.')).toBeInTheDocument();
    expect(screen.getByText('Förseglingen misslyckades')).toBeInTheDocument();
    expect(screen.getByText(/^Arbetsboken eller bladet är skyddat/)).toBeInTheDocument();
    expect(screen.getByText('The workbook is read-only. (AccessDenied)')).not.toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Visa detaljer' }));
    expect(screen.getByText('The workbook is read-only. (AccessDenied)')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByText('Plankoll kunde inte spara förseglingen.')).not.toBeInTheDocument();
  });

  it('changes the remembered name without sealing', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(snapshot);
    const names = memoryNames('Anna Berg');
    const user = userEvent.setup();
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={validated(snapshot)} lang="sv" nameStore={names} />);
    expect(screen.getByText(/Förseglas i namnet Anna Berg/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Byt namn' }));
    const input = within(await dialogTitled('Vem förseglar?')).getByRole('textbox', { name: /Ditt namn/, hidden: true });
    expect(input).toHaveValue('Anna Berg');
    await user.clear(input);
    await user.type(input, 'Per Olsson{Enter}');
    await waitFor(() => expect(names.value).toBe('Per Olsson'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(/Förseglas i namnet Per Olsson/)).toBeInTheDocument();
    expect(gateway.writeSeal).not.toHaveBeenCalled();
  });

  it('gives focus back to the control that opened the name dialog: after Esc, after sealing, after Byt namn', async () => {
    const snapshot = exampleSnapshot();
    const gateway = fakeGateway(snapshot);
    const user = userEvent.setup();
    render(<SealPanel gateway={gateway} snapshot={snapshot} result={validated(snapshot)} lang="sv" now={NOW} nameStore={memoryNames()} />);
    await screen.findByText('Ej förseglad');
    const sealButton = screen.getByRole('button', { name: 'Försegla' });

    await user.click(sealButton);
    await dialogTitled('Vem förseglar?');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(sealButton).toHaveFocus());

    await user.click(sealButton);
    const dialog = await dialogTitled('Vem förseglar?');
    await user.type(within(dialog).getByRole('textbox', { name: /Ditt namn/, hidden: true }), 'Karin Lind{Enter}');
    await waitFor(() => expect(gateway.writeSeal).toHaveBeenCalledTimes(1));
    await screen.findByRole('button', { name: 'Försegla igen' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Försegla igen' })).toHaveFocus());

    const rename = screen.getByRole('button', { name: 'Byt namn' });
    await user.click(rename);
    const input = within(await dialogTitled('Vem förseglar?')).getByRole('textbox', { name: /Ditt namn/, hidden: true });
    await user.clear(input);
    await user.type(input, 'Per Olsson{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Byt namn' })).toHaveFocus());
  });

  it('renders a name from the workbook as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const snapshot = await sealedBy(exampleSnapshot(), evil);
    const { container } = render(<SealPanel gateway={fakeGateway(snapshot)} snapshot={snapshot} result={null} lang="en" nameStore={memoryNames()} />);
    expect(await screen.findByText(`Validated by ${evil} on 2011-12-31 14:05 for 2011-09-30, unchanged`, { exact: false })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a failed read at open with its message', async () => {
    const gateway = fakeGateway(exampleSnapshot());
    gateway.readSnapshot.mockRejectedValue(new GatewayError('read', 'x', 'Timeout', 'timeout (Timeout)'));
    render(<SealPanel gateway={gateway} snapshot={null} result={null} lang="sv" nameStore={memoryNames()} />);
    expect(await screen.findByText('Plankoll kunde inte läsa arbetsboken.')).toBeInTheDocument();
    expect(screen.getByText('Excel hann inte svara. Vänta en stund och försök igen.')).toBeInTheDocument();
    expect(screen.getByText('Kunde inte läsa förseglingen')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    const snapshot = exampleSnapshot();
    render(<SealPanel gateway={fakeGateway(snapshot)} snapshot={snapshot} result={null} lang="en" nameStore={memoryNames()} />);
    expect(await screen.findByText('Not sealed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seal' })).toBeDisabled();
    expect(screen.getByText(/It is not a signature/)).toBeInTheDocument();
  });
});
