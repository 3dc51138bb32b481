import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  readSealCopiesFromXlsx,
  readSealFromXlsx,
  removeSealFromXlsx,
  removeSealPartFromXlsx,
  removeSealSheetFromXlsx,
  writeSealCopiesToXlsx,
  writeSealToXlsx,
} from '../../src/xlsx/sealStore';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { SEAL_NAMESPACE, sealToXml } from '../../src/domain/seal/xml';
import { editEntry, entries, exampleXlsx, text } from './xlsxFixture';

const RECORD = JSON.stringify({ v: 1, by: 'Anna Berg <&> "Å"', at: '2011-12-31T14:05:00+01:00' });
const ADDED = ['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels', 'xl/worksheets/sheet7.xml'];
/** The bookkeeping a custom XML part and a new sheet need; nothing else changes. */
const INDEXES = ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'];

function xmllint(xml: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-seal-'));
  const file = join(dir, 'part.xml');
  writeFileSync(file, xml);
  execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
}

describe('seal in an .xlsx package', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await exampleXlsx();
  });

  it('finds no seal in a workbook that has none', async () => {
    expect(await readSealFromXlsx(original)).toBeNull();
  });

  it('writes both copies, a custom XML part and the very hidden sheet, that read back exactly', async () => {
    const sealed = await writeSealToXlsx(original, RECORD);
    expect(await readSealCopiesFromXlsx(sealed)).toEqual({ part: RECORD, sheet: RECORD });
    expect(await readSealFromXlsx(sealed)).toBe(RECORD);
    expect(await readSealFromXlsx(sealed.buffer.slice(sealed.byteOffset, sealed.byteOffset + sealed.byteLength) as ArrayBuffer)).toBe(RECORD);
  });

  it('adds the item, its properties and rels, and leaves every other part byte-identical', async () => {
    const before = await entries(original);
    const after = await entries(await writeSealToXlsx(original, RECORD));
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([...ADDED].sort());
    for (const [name, bytes] of before) {
      if (INDEXES.includes(name)) continue;
      expect({ name, same: Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(name) ?? new Uint8Array())) === 0 }).toEqual({ name, same: true });
    }
  });

  it('wires the part as Excel expects: workbook relationship, props relationship, content types', async () => {
    const after = await entries(await writeSealToXlsx(original, RECORD));
    const before = await entries(original);
    const types = text(after.get('[Content_Types].xml'));
    const wbRels = text(after.get('xl/_rels/workbook.xml.rels'));
    const added = (name: string): string => {
      const b = text(before.get(name));
      const a = text(after.get(name));
      const end = b.lastIndexOf('</');
      expect(a.slice(0, end)).toBe(b.slice(0, end));
      expect(a.endsWith(b.slice(end))).toBe(true);
      return a.slice(end, a.length - (b.length - end));
    };
    expect(added('[Content_Types].xml')).toBe(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet7.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(added('xl/_rels/workbook.xml.rels')).toBe(
      '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>' +
        '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet7.xml"/>',
    );
    // The workbook part gets one <sheet> element, last in the tab order, very hidden.
    const wb = text(after.get('xl/workbook.xml'));
    const wbBefore = text(before.get('xl/workbook.xml'));
    const sheetAdded = wb.replace(wbBefore.slice(0, wbBefore.indexOf('</sheets>')), '').slice(0, wb.length - wbBefore.length);
    expect(sheetAdded).toMatch(/^<sheet name="PlankollSeal" sheetId="\d+" r:id="rId11" state="veryHidden"\/>$/);
    expect(wb.replace(sheetAdded, '')).toBe(wbBefore);
    xmllint(wb);
    xmllint(text(after.get('xl/worksheets/sheet7.xml')));
    expect(text(after.get('customXml/_rels/item1.xml.rels'))).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"',
    );
    const props = text(after.get('customXml/itemProps1.xml'));
    expect(props).toMatch(/<ds:datastoreItem ds:itemID="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}"/);
    expect(props).toContain(`<ds:schemaRef ds:uri="${SEAL_NAMESPACE}"/>`);
    expect(text(after.get('customXml/item1.xml'))).toBe(sealToXml(RECORD));
    for (const part of [types, wbRels, props, ...ADDED.map((n) => text(after.get(n)))]) xmllint(part);
  });

  it('still reads as the same workbook: the seal sheet is named, never read as a sheet', async () => {
    const sealed = await writeSealToXlsx(original, RECORD);
    const before = await readXlsx(original);
    expect(await readXlsx(sealed)).toEqual({ ...before, sheetNames: [...before.sheetNames, 'PlankollSeal'] });
  });

  it('survives losing either copy', async () => {
    const sealed = await writeSealToXlsx(original, RECORD);
    expect(await readSealCopiesFromXlsx(await removeSealPartFromXlsx(sealed))).toEqual({ part: null, sheet: RECORD });
    expect(await readSealCopiesFromXlsx(await removeSealSheetFromXlsx(sealed))).toEqual({ part: RECORD, sheet: null });
    // Sealing again restores the lost copy.
    const restored = await writeSealToXlsx(await removeSealSheetFromXlsx(sealed), RECORD);
    expect(await readSealCopiesFromXlsx(restored)).toEqual({ part: RECORD, sheet: RECORD });
  });

  it('splits a large record over cells and never halves a character', async () => {
    const big = JSON.stringify({ v: 2, text: `${'x'.repeat(29_999)}😀${'å'.repeat(70_000)}` });
    const sealed = await writeSealToXlsx(original, big);
    expect(await readSealCopiesFromXlsx(sealed)).toEqual({ part: big, sheet: big });
  });

  it('leaves a user\'s own sheet named PlankollSeal alone, keeping the seal in the part', async () => {
    const zip = await JSZip.loadAsync(original);
    const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', wb.replace('name="Roller"', 'name="PlankollSeal"'));
    const mine = await zip.generateAsync({ type: 'uint8array' });
    const { bytes, sheet } = await writeSealCopiesToXlsx(mine, RECORD);
    expect(sheet).toBe(false);
    expect(await readSealCopiesFromXlsx(bytes)).toEqual({ part: RECORD, sheet: null });
    const before = await entries(mine);
    const after = await entries(bytes);
    expect(text(after.get('xl/workbook.xml'))).toBe(text(before.get('xl/workbook.xml')));
  });

  it('replaces an existing seal in place, never duplicating it', async () => {
    const once = await writeSealToXlsx(original, RECORD);
    const twice = await writeSealToXlsx(once, '{"second":true}');
    const a = await entries(once);
    const b = await entries(twice);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, bytes] of a) {
      if (name === 'customXml/item1.xml' || name === 'xl/worksheets/sheet7.xml') continue;
      expect({ name, same: Buffer.compare(Buffer.from(bytes), Buffer.from(b.get(name) ?? new Uint8Array())) === 0 }).toEqual({ name, same: true });
    }
    expect(await readSealCopiesFromXlsx(twice)).toEqual({ part: '{"second":true}', sheet: '{"second":true}' });
  });

  it('keeps another add-in’s custom XML part and takes the next free item', async () => {
    const zip = await JSZip.loadAsync(original);
    zip.file('customXml/item1.xml', '<Reviewers xmlns="http://schemas.contoso.com/review/1.0"><Reviewer>Juan</Reviewer></Reviewers>');
    const other = await zip.generateAsync({ type: 'uint8array' });
    const sealed = await entries(await writeSealToXlsx(other, RECORD));
    expect(text(sealed.get('customXml/item1.xml'))).toContain('Reviewers');
    expect(text(sealed.get('customXml/item2.xml'))).toBe(sealToXml(RECORD));
    expect(text(sealed.get('xl/_rels/workbook.xml.rels'))).toContain('Target="../customXml/item2.xml"');
  });

  it('collapses two seal parts (a copied part) into one', async () => {
    const zip = await JSZip.loadAsync(await writeSealToXlsx(original, RECORD));
    zip.file('customXml/item7.xml', sealToXml('{"stale":true}'));
    const doubled = await zip.generateAsync({ type: 'uint8array' });
    const after = await entries(await writeSealToXlsx(doubled, '{"new":true}'));
    const seals = [...after.keys()].filter((k) => /^customXml\/item\d+\.xml$/.test(k));
    expect(seals).toEqual(['customXml/item1.xml']);
    expect(await readSealFromXlsx(await writeSealToXlsx(doubled, '{"new":true}'))).toBe('{"new":true}');
  });

  it('repairs a seal part whose relationship another tool removed', async () => {
    const sealed = await writeSealToXlsx(original, RECORD);
    const unlinked = await editEntry(sealed, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*customXml\/item1\.xml"\/>/, ''));
    const resealed = await entries(await writeSealToXlsx(unlinked, RECORD));
    expect(text(resealed.get('xl/_rels/workbook.xml.rels')).match(/customXml\/item1\.xml/g)).toHaveLength(1);
  });

  it('removes a seal with all its wiring', async () => {
    const removed = await entries(await removeSealFromXlsx(await writeSealToXlsx(original, RECORD)));
    const before = await entries(original);
    expect([...removed.keys()].sort()).toEqual([...before.keys()].sort());
    for (const name of INDEXES) expect(text(removed.get(name))).toBe(text(before.get(name)));
  });

  it('rejects data that is not an .xlsx package', async () => {
    await expect(readSealFromXlsx(new TextEncoder().encode('not a zip'))).rejects.toThrow(/not an \.xlsx/);
    await expect(writeSealToXlsx(new TextEncoder().encode('not a zip'), RECORD)).rejects.toThrow(/not an \.xlsx/);
  });
});
