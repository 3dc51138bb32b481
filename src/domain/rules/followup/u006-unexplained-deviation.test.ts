import { ACTION_KEYS_BEFORE_SHARES, makeAction, makeContext, makeFollowUp, makeLocation, makePlan } from '../../../../tests/builders/model';
import { checkUnexplainedDeviations } from './u006-unexplained-deviation';

const history = [makeFollowUp()];
const run = (actions: Parameters<typeof makeAction>[0][], followUps: ReturnType<typeof makeFollowUp>[] | null = history) =>
  checkUnexplainedDeviations(makeContext(makePlan({ actions: actions.map((a) => makeAction(a)), followUps }), { reportDate: '2011-09-30' }));

describe('U006 deviation without an explanation', () => {
  it('overdue, Försenad, spent or forecast over budget, with an empty Kommentar: at the Kommentar cell, reasons listed', () => {
    expect(
      run([
        { id: 'A1', end: '2011-08-31', status: 'inProgress' },
        { id: 'A2', status: 'delayed' },
        { id: 'A3', budget: 100_000, spent: 120_000 },
        { id: 'A4', budget: 100_000, forecast: 130_000, end: '2011-09-01', status: 'delayed' },
      ]),
    ).toEqual([
      { code: 'U006', sheet: 'Åtgärder', cell: 'N2', actionId: 'A1', detail: { reasons: 'overdue' } },
      { code: 'U006', sheet: 'Åtgärder', cell: 'N3', actionId: 'A2', detail: { reasons: 'delayed' } },
      { code: 'U006', sheet: 'Åtgärder', cell: 'N4', actionId: 'A3', detail: { reasons: 'overspent' } },
      { code: 'U006', sheet: 'Åtgärder', cell: 'N5', actionId: 'A4', detail: { reasons: 'overdue,delayed,forecast' } },
    ]);
  });
  it('without a Kommentar column: the cell where it would go, right of the last column', () => {
    // Columns A–M (Utfall last): the Kommentar would go in N.
    const actions = makeLocation('Åtgärder', [...ACTION_KEYS_BEFORE_SHARES, 'Mora', 'Orsa', 'Älvdalen', 'spent'], 1);
    const plan = makePlan({ actions: [makeAction({ id: 'A1', status: 'delayed', comment: 'none' })], followUps: history, locations: { actions } });
    expect(checkUnexplainedDeviations(makeContext(plan, { reportDate: '2011-09-30' }))).toEqual([
      { code: 'U006', sheet: 'Åtgärder', cell: 'N2', actionId: 'A1', detail: { reasons: 'delayed', noColumn: 1 } },
    ]);
  });
  it('nothing with a comment, without a deviation (done late, spent == budget), or without Uppföljning', () => {
    expect(run([{ status: 'delayed', comment: 'Leverantören sen; ny plan i oktober' }])).toEqual([]);
    expect(run([{ end: '2011-08-31', status: 'done' }, { budget: 100_000, spent: 100_000, forecast: 100_000 }])).toEqual([]);
    expect(run([{ status: 'delayed' }], null)).toEqual([]);
  });
});
