import { newPlanFailureMessage } from './failureMessage';
import { TemplateConflictError } from './placement';

describe('newPlanFailureMessage', () => {
  it('passes a refusal on as it is', () => {
    const e = new TemplateConflictError(['Åtgärder'], 'sv');
    expect(newPlanFailureMessage(e, 'sv')).toBe(e.message);
  });

  it('gives other errors one line, prefixed by what failed', () => {
    expect(newPlanFailureMessage(new Error('ItemAlreadyExists: table Plan\n  at stack'), 'sv')).toBe('Ny handlingsplan kunde inte skapas: ItemAlreadyExists: table Plan');
    expect(newPlanFailureMessage('boom', 'en')).toBe('The new action plan could not be created: boom');
    expect(newPlanFailureMessage(new Error(''), 'sv')).toBe('Ny handlingsplan kunde inte skapas.');
  });
});
