/** @jest-environment jsdom */
/** Kopiera avvikelser and Skriv till blad in the pane, by role. */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { findingsSheetLayout, findingsTsv } from '../../src/domain/export/findings';
import { GatewayError } from '../../src/domain/hostErrors';
import { FINDINGS, fakeGateway, fakeServices } from './fakes';

async function validated(gateway = fakeGateway()) {
  render(<App gateway={gateway} lang="sv" services={fakeServices()} />);
  await userEvent.click(screen.getByRole('button', { name: 'Validera' }));
  await screen.findByRole('region', { name: 'Fel (2)' });
  return gateway;
}

function stubClipboard(withItems: boolean): { writeText: jest.Mock; write: jest.Mock; restore: () => void } {
  const writeText = jest.fn(async (_text: string) => undefined);
  const write = jest.fn(async (_items: unknown[]) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, write: withItems ? write : undefined }, configurable: true });
  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  if (withItems) Object.defineProperty(globalThis, 'ClipboardItem', { value: FakeClipboardItem, configurable: true });
  return {
    writeText,
    write,
    restore: () => {
      delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    },
  };
}

async function blobText(b: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(b);
  });
}

describe('Kopiera avvikelser', () => {
  it('puts the findings on the clipboard as a table: an HTML table and tab-separated text', async () => {
    const clip = stubClipboard(true);
    await validated();
    await userEvent.click(screen.getByRole('button', { name: 'Kopiera avvikelser' }));
    expect(await screen.findByText('4 avvikelser har kopierats som en tabell. Klistra in dem i Excel eller Word.')).toBeInTheDocument();
    expect(clip.write).toHaveBeenCalledTimes(1);
    const item = (clip.write.mock.calls[0][0] as { items: Record<string, Blob> }[])[0].items;
    expect(Object.keys(item).sort()).toEqual(['text/html', 'text/plain']);
    expect(await blobText(item['text/plain'])).toBe(findingsTsv(FINDINGS, 'sv'));
    expect(await blobText(item['text/html'])).toMatch(/^<table><thead><tr><th>Kod<\/th>/);
    clip.restore();
  });

  it('falls back to text only where the browser has no ClipboardItem', async () => {
    const clip = stubClipboard(false);
    await validated();
    await userEvent.click(screen.getByRole('button', { name: 'Kopiera avvikelser' }));
    await screen.findByText(/har kopierats som en tabell/);
    expect(clip.writeText).toHaveBeenCalledWith(findingsTsv(FINDINGS, 'sv'));
    clip.restore();
  });
});

describe('Skriv till blad', () => {
  it('writes the findings sheet through the gateway and says where', async () => {
    const gateway = await validated();
    await userEvent.click(screen.getByRole('button', { name: 'Skriv till blad' }));
    expect(await screen.findByText('4 avvikelser finns nu på bladet Avvikelser.')).toBeInTheDocument();
    expect(gateway.writeFindings).toHaveBeenCalledWith(findingsSheetLayout(FINDINGS, 'sv'));
  });

  it('shows Excel’s refusal through the error mapping', async () => {
    const gateway = fakeGateway();
    gateway.writeFindings.mockRejectedValueOnce(new GatewayError('writeFindings', 'x', 'AccessDenied', 'Locked (AccessDenied)'));
    await validated(gateway);
    await userEvent.click(screen.getByRole('button', { name: 'Skriv till blad' }));
    expect(await screen.findByText('Plankoll kunde inte skriva avvikelserna till bladet.')).toBeInTheDocument();
  });
});
