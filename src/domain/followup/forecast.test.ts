import { makeAction, makeFollowUp, makePlan } from '../../../tests/builders/model';
import { actionForecast, effectiveForecast, hasFollowUpData, hasForecastColumn } from './forecast';

describe('effective forecast (SPEC §7)', () => {
  it('is Prognos when given, whatever else holds', () => {
    expect(effectiveForecast({ budget: 100, spent: 500, status: 'done', forecast: 80 })).toBe(80);
  });
  it('without Prognos: the Utfall of a Klar or Avbruten action', () => {
    expect(effectiveForecast({ budget: 100, spent: 70, status: 'done', forecast: null })).toBe(70);
    expect(effectiveForecast({ budget: 100, spent: 130, status: 'cancelled', forecast: null })).toBe(130);
  });
  it('else the larger of Budget and Utfall (unknown status included)', () => {
    expect(effectiveForecast({ budget: 100, spent: 70, status: 'inProgress', forecast: null })).toBe(100);
    expect(effectiveForecast({ budget: 100, spent: 130, status: 'delayed', forecast: null })).toBe(130);
    expect(effectiveForecast({ budget: 100, spent: 0, status: null, forecast: null })).toBe(100);
  });
  it('of an action: a blank or unreadable Prognos, or no column, falls back; blank amounts are 0', () => {
    expect(actionForecast(makeAction({ budget: 100_000, spent: 20_000, forecast: 90_000 }))).toBe(90_000);
    expect(actionForecast(makeAction({ budget: 100_000, spent: 20_000, forecast: null }))).toBe(100_000);
    expect(actionForecast(makeAction({ budget: 100_000, spent: 20_000 }))).toBe(100_000);
    expect(actionForecast(makeAction({ budget: 100_000, spent: null, status: 'done' }))).toBe(0);
  });
});

describe('follow-up data', () => {
  it('is there with a Prognos column or an Uppföljning table, and not otherwise', () => {
    expect(hasFollowUpData(makePlan())).toBe(false);
    expect(hasForecastColumn(makePlan({ actions: [makeAction({ forecast: null })] }))).toBe(true);
    expect(hasFollowUpData(makePlan({ actions: [makeAction({ forecast: null })] }))).toBe(true);
    expect(hasFollowUpData(makePlan({ followUps: [] }))).toBe(true);
    expect(hasFollowUpData(makePlan({ followUps: [makeFollowUp()] }))).toBe(true);
  });
});
