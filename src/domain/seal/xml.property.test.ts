import fc from 'fast-check';
import { sealFromXml, sealToXml } from './xml';

/** Characters XML 1.0 allows (§2.2); anything else in a part makes the package unreadable. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('seal XML part (properties)', () => {
  it('round-trips any record text and always writes legal XML characters', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), (obj) => {
        const json = JSON.stringify(obj);
        const xml = sealToXml(json);
        expect(XML_CHAR.test(xml)).toBe(true);
        const back = sealFromXml(xml);
        expect(back).not.toBeNull();
        expect(JSON.parse(back ?? '')).toEqual(obj);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const r = sealFromXml(text);
        expect(r === null || typeof r === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
