import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkResponsibleEmpty } from './r001-responsible-empty';
import { checkResponsibleUnknown } from './r002-responsible-unknown';
import { checkDecisionMakerEmpty } from './r003-decision-maker-empty';
import { checkDecisionMakerUnknown } from './r004-decision-maker-unknown';
import { excelError, invalid } from '../../../../tests/builders/model';

const ctx = (...actions: Parameters<typeof makeAction>[0][]) => makeContext(makePlan({ actions: actions.map((a) => makeAction(a)) }));

describe('R001/R003 empty responsibility cells', () => {
  it('reports a blank Ansvarig at D and a blank Beslutsfattare at E', () => {
    const c = ctx({ id: 'A1' }, { id: 'A2', responsible: null, decisionMaker: null });
    expect(checkResponsibleEmpty(c)).toEqual([{ code: 'R001', sheet: 'Åtgärder', cell: 'D3', actionId: 'A2' }]);
    expect(checkDecisionMakerEmpty(c)).toEqual([{ code: 'R003', sheet: 'Åtgärder', cell: 'E3', actionId: 'A2' }]);
  });

  it('leaves an Excel error to S007', () => {
    expect(checkResponsibleEmpty(ctx({ responsible: excelError('#N/A') }))).toEqual([]);
  });
});

describe('R002/R004 roles not in Roller', () => {
  it('reports an unknown role with the text as actual', () => {
    const c = ctx({ id: 'A1', responsible: 'Projektledare', decisionMaker: 'Styrelsen' });
    expect(checkResponsibleUnknown(c)).toEqual([{ code: 'R002', sheet: 'Åtgärder', cell: 'D2', actionId: 'A1', actual: 'Projektledare' }]);
    expect(checkDecisionMakerUnknown(c)).toEqual([{ code: 'R004', sheet: 'Åtgärder', cell: 'E2', actionId: 'A1', actual: 'Styrelsen' }]);
  });

  it('matches ignoring case, spacing and diacritics', () => {
    const c = ctx({ responsible: ' it-CHEF ', decisionMaker: 'KOMMUNDIREKTOR' });
    expect(checkResponsibleUnknown(c)).toEqual([]);
    expect(checkDecisionMakerUnknown(c)).toEqual([]);
  });

  it('reports a cell that is not text (a boolean) as not a role', () => {
    expect(checkResponsibleUnknown(ctx({ id: 'A1', responsible: invalid(true) }))).toEqual([
      { code: 'R002', sheet: 'Åtgärder', cell: 'D2', actionId: 'A1', actual: 'true' },
    ]);
  });

  it('leaves a cell naming several roles to R008, and is skipped without Roller', () => {
    expect(checkResponsibleUnknown(ctx({ responsible: 'Projektledare, Controller' }))).toEqual([]);
    expect(checkResponsibleUnknown(makeContext(makePlan({ roles: null, actions: [makeAction({ responsible: 'X' })] })))).toEqual([]);
  });
});
