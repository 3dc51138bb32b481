import { commandFailure, failureMessage, runCreateSummary } from './createSummary';
import { TemplateConflictError } from '../domain/template/placement';
import type { CommandDeps } from './createSummary';
import { GatewayError } from '../domain/hostErrors';
import { NotAPlanError } from '../domain/summary/notAPlan';

function setup(overrides: Partial<CommandDeps> = {}): { deps: CommandDeps; event: { completed: jest.Mock }; order: string[] } {
  const order: string[] = [];
  const event = { completed: jest.fn(() => order.push('completed')) };
  const deps: CommandDeps = {
    lang: 'sv',
    generate: jest.fn(async () => {
      order.push('generate');
      return { sheetName: 'Sammanfattning', counts: { error: 0, warning: 0, info: 0 } };
    }),
    showError: jest.fn(async (m: string, detail: string | null) => {
      order.push(`dialog:${m}`, `detail:${String(detail)}`);
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

  it('shows the failure in a dialog, Excel\'s text only as the detail, and completes only after the dialog is closed', async () => {
    const { deps, event, order } = setup({
      generate: async () => {
        throw new GatewayError('writeSummary', 'Kunde inte skriva sammanfattningen: The workbook is protected. (AccessDenied)', 'AccessDenied', 'The workbook is protected. (AccessDenied)');
      },
    });
    await runCreateSummary(event, deps);
    expect(order).toEqual([
      'dialog:Sammanfattningen kunde inte skapas. Plankoll kunde inte skriva sammanfattningen. Arbetsboken eller bladet är skyddat eller skrivskyddat. Ta bort skyddet (fliken Granska) eller spara en egen kopia och försök igen.',
      'detail:The workbook is protected. (AccessDenied)',
      'completed',
    ]);
  });

  it('says so, with nothing written, for a workbook that is not a plan', async () => {
    const { deps, event, order } = setup({
      generate: async () => {
        throw new NotAPlanError(['Åtgärder', 'Roller'], 'sv');
      },
    });
    await runCreateSummary(event, deps);
    expect(order[0]).toMatch(/^dialog:Sammanfattningen kunde inte skapas\. Arbetsboken saknar handlingsplanens blad eller tabeller: Åtgärder, Roller\./);
    expect(order.slice(1)).toEqual(['detail:null', 'completed']);
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
    expect(log).toHaveBeenCalledWith(
      'Sammanfattningen kunde inte skapas. Något oväntat gick fel i Plankoll. Försök igen. Om felet kvarstår: stäng aktivitetsfönstret och öppna Plankoll igen.',
      'boom',
      expect.any(Error),
    );
    log.mockRestore();
  });
});

describe('failureMessage', () => {
  it('never puts library text in the message: the first line is the detail, in the user’s language', () => {
    expect(failureMessage(new Error('line one\nline two'), 'en')).toEqual({
      message: 'The summary could not be created. Something unexpected went wrong in Plankoll. Try again. If it keeps failing, close the task pane and open Plankoll again.',
      detail: 'line one',
    });
    expect(failureMessage(new Error(''), 'sv').detail).toBeNull();
  });
});

describe('commandFailure (Ny handlingsplan)', () => {
  const NEW_PLAN = { sv: 'Ny handlingsplan kunde inte skapas.', en: 'The new action plan could not be created.' };

  it('passes a refusal on in its own words, with no detail', () => {
    const e = new TemplateConflictError(['Åtgärder'], 'sv');
    expect(commandFailure(NEW_PLAN, e, 'sv')).toEqual({ message: `Ny handlingsplan kunde inte skapas. ${e.message}`, detail: null });
  });

  it('words Excel’s refusal by its code, Excel’s text only as the detail', () => {
    const e = new GatewayError('createPlan', 'x', 'ItemAlreadyExists', 'ItemAlreadyExists: table Plan');
    expect(commandFailure(NEW_PLAN, e, 'en')).toEqual({
      message:
        'The new action plan could not be created. Plankoll could not create the action plan. The workbook has changed since Plankoll read it, for example a sheet or table was renamed. Choose Validate and try again.',
      detail: 'ItemAlreadyExists: table Plan',
    });
  });
});
