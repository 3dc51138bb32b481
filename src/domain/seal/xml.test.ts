import { SEAL_NAMESPACE, sealFromXml, sealToXml } from './xml';

describe('seal XML part', () => {
  it('round-trips JSON with characters XML must escape', () => {
    const json = JSON.stringify({ by: 'Åsa <&> "Ö" ]]> \uFFFF 😀', x: '\n\t' });
    const xml = sealToXml(json);
    expect(xml).toContain(`xmlns="${SEAL_NAMESPACE}"`);
    expect(xml).not.toMatch(/<&>/);
    expect(xml).not.toContain('\uFFFF');
    expect(JSON.parse(sealFromXml(xml) ?? '')).toEqual(JSON.parse(json));
  });

  it('writes the bare element for office-js', () => {
    expect(sealToXml('{}', { declaration: false })).toBe(`<seal xmlns="${SEAL_NAMESPACE}">{}</seal>`);
  });

  it('reads what a host may have re-serialised: prefix, quotes, CDATA, entities, BOM', () => {
    expect(sealFromXml(`\uFEFF<?xml version="1.0" encoding="utf-16"?><p:seal xmlns:p='${SEAL_NAMESPACE}' a="1"><![CDATA[{"a":"<b>"}]]></p:seal>`)).toBe('{"a":"<b>"}');
    expect(sealFromXml(`<seal xmlns="${SEAL_NAMESPACE}">{&quot;a&quot;:&#x31;&#50;}</seal>`)).toBe('{"a":12}');
  });

  it('ignores parts of other namespaces and text that is not XML', () => {
    expect(sealFromXml('<seal xmlns="urn:other">{}</seal>')).toBeNull();
    expect(sealFromXml('<Reviewers xmlns="http://schemas.contoso.com/review/1.0"/>')).toBeNull();
    expect(sealFromXml('{"v":1}')).toBeNull();
  });
});
