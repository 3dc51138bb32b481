/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { dialogMessage, dialogUrl, renderMessagePage, showMessageDialog } from './messageDialog';

describe('dialog URL', () => {
  it('carries the message and language and round-trips through the query string', () => {
    const url = dialogUrl('https://localhost:3000/commands.html?x=1#h', 'Fel & "citat" <b>', 'sv');
    expect(url.startsWith('https://localhost:3000/commands.html?')).toBe(true);
    expect(dialogMessage(new URL(url).search)).toEqual({ message: 'Fel & "citat" <b>', detail: null, lang: 'sv' });
    const withDetail = dialogUrl('https://localhost:3000/commands.html', 'Fel', 'en', 'AccessDenied');
    expect(dialogMessage(new URL(withDetail).search)).toEqual({ message: 'Fel', detail: 'AccessDenied', lang: 'en' });
    expect(dialogMessage('')).toBeNull();
  });
});

describe('renderMessagePage', () => {
  it('shows the message as text, never as HTML, with a close button', () => {
    const close = jest.fn();
    renderMessagePage(document, '<img src=x onerror="alert(1)">Fel', 'sv', close);
    expect(screen.getByRole('alert').textContent).toBe('<img src=x onerror="alert(1)">Fel');
    expect(document.querySelector('img')).toBeNull();
    screen.getByRole('button', { name: 'Stäng' }).click();
    expect(close).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Plankoll' })).toBeTruthy();
  });

  it('keeps the technical detail behind "Visa detaljer", and has no close button without Office', () => {
    renderMessagePage(document, 'Sammanfattningen kunde inte skapas.', 'sv', null, '<b>AccessDenied</b>');
    expect(screen.queryByRole('button', { name: 'Stäng' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Visa detaljer' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const detail = screen.getByText('<b>AccessDenied</b>');
    expect(detail.hidden).toBe(true); // hidden until asked for
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(detail.hidden).toBe(false);
    expect(document.querySelector('b')).toBeNull();
  });
});

type Handler = () => void;

function installOffice(status: 'succeeded' | 'failed'): { handlers: Map<string, Handler>; close: jest.Mock; urls: string[] } {
  const handlers = new Map<string, Handler>();
  const close = jest.fn();
  const urls: string[] = [];
  const dialog = { addEventHandler: (type: string, h: Handler) => handlers.set(type, h), close };
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: Office.DialogOptions, callback: (r: unknown) => void) => {
          urls.push(url);
          callback(status === 'succeeded' ? { status, value: dialog } : { status, error: { code: 12007, message: 'A dialog is already open' } });
        },
      },
    },
  };
  return { handlers, close, urls };
}

describe('showMessageDialog', () => {
  it('resolves and closes the dialog when its button sends the close message', async () => {
    const office = installOffice('succeeded');
    let done = false;
    const shown = showMessageDialog('https://localhost:3000/commands.html', 'Fel', 'sv').then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(dialogMessage(new URL(office.urls[0]).search)?.message).toBe('Fel');
    office.handlers.get('dialogMessageReceived')?.();
    await shown;
    expect(office.close).toHaveBeenCalledTimes(1);
  });

  it('resolves when the user closes the dialog with ✕', async () => {
    const office = installOffice('succeeded');
    const shown = showMessageDialog('https://localhost:3000/commands.html', 'Fel', 'sv');
    office.handlers.get('dialogEventReceived')?.();
    await expect(shown).resolves.toBeUndefined();
  });

  it('rejects when Office cannot open the dialog', async () => {
    installOffice('failed');
    await expect(showMessageDialog('https://localhost:3000/commands.html', 'Fel', 'sv')).rejects.toThrow('A dialog is already open (12007)');
  });
});
