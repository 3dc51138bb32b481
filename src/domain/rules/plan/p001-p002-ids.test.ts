import type { ActionInput } from '../../../../tests/builders/model';
import { excelError, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkMissingIds } from './p001-missing-id';
import { checkDuplicateIds } from './p002-duplicate-id';

const ctx = (...ids: ActionInput['id'][]) => makeContext(makePlan({ actions: ids.map((id) => makeAction({ id })) }));

describe('P001 action without ID', () => {
  it('reports a blank ID at its cell with the row', () => {
    expect(checkMissingIds(ctx('A1', null))).toEqual([{ code: 'P001', sheet: 'Åtgärder', cell: 'A3', detail: { row: 3 } }]);
  });

  it('leaves an Excel error to S007', () => {
    expect(checkMissingIds(ctx(excelError('#REF!')))).toEqual([]);
  });
});

describe('P002 duplicate action ID', () => {
  it('reports each duplicate after the first, ignoring case and spaces', () => {
    expect(checkDuplicateIds(ctx('A1', 'A2', 'a1', 'A1 '))).toEqual([
      { code: 'P002', sheet: 'Åtgärder', cell: 'A4', actionId: 'a1', actual: 'a1', detail: { first: 'A2' } },
      { code: 'P002', sheet: 'Åtgärder', cell: 'A5', actionId: 'A1 ', actual: 'A1 ', detail: { first: 'A2' } },
    ]);
  });

  it('unique IDs and blank IDs are not duplicates', () => {
    expect(checkDuplicateIds(ctx('A1', 'A2', null, null))).toEqual([]);
  });
});
