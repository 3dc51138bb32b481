/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane opens on the director's view for a sealed workbook (issue 16): the real pane over the in-memory
 * gateway, the workbook read from a file sealed as `plankoll seal` seals it. The seal's state is shown
 * before anything is clicked, above the rest of the pane; a workbook never sealed opens as before.
 */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import { render, screen, within } from '@testing-library/react';
import { CENTRAL_CATALOG } from '../../src/domain/autoOpen';
import { readPlan } from '../../src/domain/readPlan';
import { createSeal, sealToJson } from '../../src/domain/seal';
import { validate } from '../../src/domain/validate';
import { App } from '../../src/taskpane/App';
import { defaultServices } from '../../src/taskpane/defaultServices';
import { openingView } from '../../src/taskpane/hooks/useOpeningView';
import { workbookFromXlsx } from '../../src/taskpane/harness/loadXlsx';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import type { PaneServices } from '../../src/taskpane/services';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { writeSealCopiesToXlsx } from '../../src/xlsx/sealStore';
import './fakes'; // the ResizeObserver stand-in for jsdom

Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
Object.assign(globalThis, { TextEncoder, TextDecoder });

const CLEAN = join(__dirname, '..', '..', 'examples', 'handlingsplan-is-it-2011.xlsx');
const services: PaneServices = { ...defaultServices, now: () => new Date(2011, 11, 31, 14, 5) };

/** The clean example sealed by Anna Berg, with the auto-open parts, as `plankoll seal` writes it. */
async function sealedExample(): Promise<Uint8Array> {
  const bytes = readFileSync(CLEAN);
  const result = validate(readWorkbookBytes(bytes), { lang: 'sv', today: '2011-12-31' });
  const record = await createSeal(readPlan(readWorkbookBytes(bytes)).model, result.counts, 'Anna Berg', '2011-12-31T14:05:00+01:00');
  return (await writeSealCopiesToXlsx(bytes, sealToJson(record), { autoOpen: CENTRAL_CATALOG })).bytes;
}

/** True when `a` comes before `b` in the document. */
function before(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe('which view the pane opens on', () => {
  it('the seal view for a workbook with either copy of a seal, the work otherwise', () => {
    expect(openingView({ part: '{}', sheet: null })).toBe('seal');
    expect(openingView({ part: null, sheet: 'x' })).toBe('seal');
    expect(openingView({ part: null, sheet: null })).toBe('work');
    expect(openingView(null)).toBe('work');
  });

  it('a sealed workbook: the Försegling tab, with the seal’s state, before anything is clicked, with the switch on as the file says', async () => {
    const gateway = new MemoryGateway(await workbookFromXlsx(await sealedExample()));
    render(<App gateway={gateway} lang="sv" services={services} />);
    expect(await screen.findByRole('tab', { name: 'Försegling', selected: true })).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel', { name: 'Försegling' });
    expect(await within(panel).findByText(/^Validerad av Anna Berg 2011-12-31 14:05 för .*, oförändrad · fingeravtryck [0-9a-f]{12}$/)).toBeVisible();
    // The other jobs are in their tabs, one click away; Validera stays above.
    expect(screen.queryByRole('region', { name: 'Sammanfattning' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Sammanfattning och uppföljning', selected: false })).toBeInTheDocument();
    expect(before(screen.getByRole('button', { name: 'Validera' }), panel)).toBe(true);
    expect(await within(panel).findByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' })).toBeChecked();
  });

  it('a workbook never sealed opens as before: on Avvikelser, the seal in its own tab', async () => {
    const gateway = new MemoryGateway(await workbookFromXlsx(readFileSync(CLEAN)));
    render(<App gateway={gateway} lang="sv" services={services} />);
    expect(await screen.findByText('Ej förseglad')).not.toBeVisible();
    expect(screen.getByRole('tab', { name: 'Avvikelser', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Försegling' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas', hidden: true })).not.toBeInTheDocument();
  });
});
