import { columnOf, isPlanSheetName, normalizeName, objectKindOf, planPropertyOf, statusOf } from './names';

describe('normalizeName', () => {
  it('ignores case, surrounding and repeated spaces', () => {
    expect(normalizeName('  Total   BUDGET ')).toBe('total budget');
    expect(normalizeName('Beslutsfattare\u00a0')).toBe('beslutsfattare');
  });
  it('folds diacritics', () => {
    expect(normalizeName('ÅTGÄRDER')).toBe('atgarder');
    expect(normalizeName('Förändring é')).toBe('forandring e');
  });
  it('strips money-unit suffixes only', () => {
    expect(normalizeName('Utfall (kr)')).toBe('utfall');
    expect(normalizeName('Budget (SEK)')).toBe('budget');
    expect(normalizeName('Budget ( kr )')).toBe('budget');
    expect(normalizeName('Andel (%)')).toBe('andel (%)');
    expect(normalizeName('Andel ( % )')).toBe('andel (%)');
    expect(normalizeName('Budget (tkr)')).toBe('budget (tkr)');
  });
  it('keeps Andel (kr) and Andel (%) apart', () => {
    expect(columnOf('financing', 'Andel (kr)')?.field).toBe('share');
    expect(columnOf('financing', 'Andel (%)')?.field).toBe('percent');
    expect(columnOf('financing', 'Share %')?.field).toBe('percent');
    expect(columnOf('financing', 'Share')?.field).toBe('share');
  });
});

describe('objectKindOf', () => {
  it.each([
    ['Åtgärder', 'actions'], ['ATGARDER', 'actions'], ['Atgarder', 'actions'], [' actions ', 'actions'],
    ['Finansiering', 'financing'], ['Funding', 'financing'], ['Financing', 'financing'],
    ['Mål', 'goals'], ['Mal', 'goals'], ['GOALS', 'goals'], ['Roller', 'roles'], ['Roles', 'roles'], ['plan', 'plan'],
  ])('%s is %s', (name, kind) => expect(objectKindOf(name)).toBe(kind));
  it('is null for other sheets', () => {
    expect(objectKindOf('Sammanfattning')).toBeNull();
    expect(objectKindOf('Blad1')).toBeNull();
    expect(isPlanSheetName('Blad1')).toBe(false);
    expect(isPlanSheetName('ÅTGÄRDER')).toBe(true);
  });
});

describe('column aliases (SPEC §1)', () => {
  it.each([
    ['actions', 'Slut', 'end'], ['actions', 'End', 'end'], ['actions', 'Utfall (kr)', 'spent'], ['actions', 'Spent', 'spent'],
    ['actions', 'Beslutsfattare', 'decisionMaker'], ['actions', 'decision maker', 'decisionMaker'], ['actions', 'MALID', 'goalId'],
    ['actions', 'GoalID', 'goalId'], ['actions', 'Budget', 'budget'], ['actions', 'Comment', 'comment'], ['actions', 'Åtgärd', 'name'],
    ['roles', 'Beslutsrätt (kr)', 'limit'], ['roles', 'Decision limit', 'limit'], ['roles', 'Organization', 'organisation'],
    ['goals', 'Goal', 'name'], ['plan', 'Property', 'key'], ['plan', 'Värde', 'value'], ['financing', 'Municipality', 'municipality'],
  ] as const)('%s: %s → %s', (kind, header, field) => expect(columnOf(kind, header)?.field).toBe(field));
  it('does not match unknown headers', () => {
    expect(columnOf('actions', 'Budget (tkr)')).toBeNull();
    expect(columnOf('actions', '')).toBeNull();
  });
});

describe('plan properties and statuses', () => {
  it('maps Plan keys and aliases', () => {
    expect(planPropertyOf('Total budget (kr)')).toBe('totalBudget');
    expect(planPropertyOf('total budget')).toBe('totalBudget');
    expect(planPropertyOf('Tolerans fördelning (%-enheter)')).toBe('tolerance');
    expect(planPropertyOf('Allocation tolerance (pp)')).toBe('tolerance');
    expect(planPropertyOf('Report date')).toBe('reportDate');
    expect(planPropertyOf('Beslutsorgan')).toBe('decidedBy');
    expect(planPropertyOf('Okänd')).toBeNull();
  });
  it.each([
    ['Ej påbörjad', 'notStarted'], ['not started', 'notStarted'], ['PÅGÅR', 'inProgress'], ['pagar', 'inProgress'],
    ['In progress', 'inProgress'], ['Klar', 'done'], ['Done', 'done'], ['Försenad', 'delayed'], ['delayed', 'delayed'],
    ['Avbruten', 'cancelled'], ['Cancelled', 'cancelled'],
  ])('status %s → %s', (text, status) => expect(statusOf(text)).toBe(status));
  it('unknown status is null', () => expect(statusOf('Nästan klar')).toBeNull());
});
