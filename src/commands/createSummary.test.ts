import { failureMessage, runCreateSummary } from './createSummary';
import type { CommandDeps } from './createSummary';

function setup(overrides: Partial<CommandDeps> = {}): { deps: CommandDeps; event: { completed: jest.Mock }; order: string[] } {
  const order: string[] = [];
  const event = { completed: jest.fn(() => order.push('completed')) };
  const deps: CommandDeps = {
    lang: 'sv',
    generate: jest.fn(async () => {
      order.push('generate');
      return { sheetName: 'Sammanfattning', counts: { error: 0, warning: 0, info: 0 } };
    }),
    showError: jest.fn(async (m: string) => {
      order.push(`dialog:${m}`);
    }),
    ...overrides,
  };
  return { deps, event, order };
}

describe('runCreateSummary', () => {
  it('generates the summary and completes the event, with no dialog on success', async () => {
    const { deps, event, order } = setup();
    await runCreateSummary(event, deps);
    expect(order).toEqual(['generate', 'completed']);
  });

  it('shows the failure in a dialog and completes only after the dialog is closed', async () => {
    const { deps, event, order } = setup({
      generate: async () => {
        throw new Error('Kunde inte skriva sammanfattningen: The workbook is protected. (AccessDenied)\n    at stack');
      },
    });
    await runCreateSummary(event, deps);
    expect(order).toEqual([
      'dialog:Sammanfattningen kunde inte skapas: Kunde inte skriva sammanfattningen: The workbook is protected. (AccessDenied)',
      'completed',
    ]);
  });

  it('still completes the event when the dialog cannot be opened', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { deps, event } = setup({
      generate: async () => {
        throw new Error('boom');
      },
      showError: async () => {
        throw new Error('12007: a dialog is already open');
      },
    });
    await runCreateSummary(event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('Sammanfattningen kunde inte skapas: boom', expect.any(Error));
    log.mockRestore();
  });
});

describe('failureMessage', () => {
  it('keeps the first line, in the user’s language', () => {
    expect(failureMessage(new Error('line one\nline two'), 'en')).toBe('The summary could not be created: line one');
    expect(failureMessage('plain', 'sv')).toBe('Sammanfattningen kunde inte skapas: plain');
    expect(failureMessage(new Error(''), 'sv')).toBe('Sammanfattningen kunde inte skapas.');
  });
});
