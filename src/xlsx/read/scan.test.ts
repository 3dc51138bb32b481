import { strToU8, zipSync } from 'fflate';
import { nodeInflate } from '../file';
import { UnreadableWorkbook } from './errors';
import type { ScanHandler } from './scan';
import { StringAttrs, scanPart } from './scan';
import { parsePart } from './xml';
import { ZipPackage } from './zip';

const ATTRS = ['r', 't', 's', 'xml:space', 'a'];

/** Every event as a line; text between two tags joined (saxes may hand it over in pieces). */
function recorder(log: string[]): ScanHandler {
  return {
    open(name, a) {
      // The number and cell-reference readings too: the scanner makes them from the bytes, saxes from the text.
      const ref = { row: -9, col: -9 };
      const refs = a.cellRef('r', ref) ? `${ref.row},${ref.col}` : 'none';
      const numbers = ['r', 's'].map((k) => `#${k}=${String(a.number(k))}`).join(' ');
      const cell = { hasRef: false, row: -9, col: -9, type: '?', style: -9 as number | undefined };
      a.cell(cell);
      log.push(`<${name} ${ATTRS.map((k) => `${k}=${JSON.stringify(a.get(k) ?? null)}`).join(' ')} ${numbers} @r=${refs} cell=${JSON.stringify(cell)}`);
    },
    close(name) {
      log.push(`</${name}`);
    },
    wantsText: () => true,
    text(t) {
      if (log.length > 0 && log[log.length - 1].startsWith('text ')) log[log.length - 1] = `text ${JSON.stringify(JSON.parse(log[log.length - 1].slice(5)) + t)}`;
      else log.push(`text ${JSON.stringify(t)}`);
    },
    done: () => false,
  };
}

function pkg(xml: string | Uint8Array, level: 0 | 6 = 6): ZipPackage {
  return ZipPackage.open(zipSync({ 'p.xml': [typeof xml === 'string' ? strToU8(xml) : xml, { level }] }), 1 << 30);
}

/** The events through the scanner (and how many readings it took: 2 = it left the part to saxes). */
function scanned(zip: ZipPackage): { log: string[]; readings: number } {
  let log: string[] = [];
  let readings = 0;
  scanPart(zip, zip.entry('p.xml')!, () => {
    readings++;
    log = [];
    return recorder(log);
  });
  return { log, readings };
}

/** The events through saxes alone (less the white space outside the root, which the scanner skips). */
function parsed(zip: ZipPackage): string[] {
  const log: string[] = [];
  const h = recorder(log);
  let depth = 0;
  parsePart(zip, zip.entry('p.xml')!, {
    open: (n, a) => {
      depth++;
      h.open(n, new StringAttrs(a));
    },
    close: (n) => {
      depth--;
      h.close(n);
    },
    text: (t) => {
      if (depth > 0) h.text(t);
    },
  });
  return log;
}

function damagedLine(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return e.describe('en');
    throw e;
  }
  throw new Error('expected UnreadableWorkbook');
}

describe('the fast scanner reads what saxes reads', () => {
  const fast: [string, string][] = [
    ['a plain worksheet', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c><c r="C1" s="1"/></row></sheetData></worksheet>'],
    ['prefixed names', '<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'],
    ['entities and character references', '<w><c t="str"><v>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#xE9; &#x1F600;</v></c><c r="&#65;1"/></w>'],
    ['UTF-8 text', '<w><t xml:space="preserve"> Åtgärd för IS/IT – ”klar” 日本 </t></w>'],
    ['line ends', '<w><t>a\r\nb\rc\nd</t></w>'],
    ['comments, single quotes, > in a value, space before >', "<w ><!-- a <c> comment --><c r='A1' a=\"x>y\" ><v >2</v ></c></w >\n"],
    ['a byte-order mark', '\ufeff<w><v>1</v></w>'],
    [
      'odd references and numbers',
      '<w><row r="12"><c r="$B$12" s=" 3"/><c r="b7" s="1e2" t="str"/><c r="Å1" s="-1" t="ö"/><c r="A1B" s="" t=""/><c r="12" s="0x1F" t="&#115;"/><c r="" s="1234567890123456" t=" "/><c s="4" t="s"/></row></w>',
    ],
  ];
  it.each(fast)('%s: in one reading, with the same events', (_, xml) => {
    const zip = pkg(xml);
    const { log, readings } = scanned(zip);
    expect(readings).toBe(1);
    expect(log).toEqual(parsed(zip));
    expect(log.length).toBeGreaterThan(1);
  });

  const slow: [string, string | Uint8Array][] = [
    ['CDATA', '<w><t><![CDATA[a <b> c]]></t></w>'],
    ['a DTD without entities', '<!DOCTYPE w><w><v>1</v></w>'],
    ['a processing instruction inside the root', '<w><?pi x?><v>1</v></w>'],
    ['a line break inside an attribute', '<w><c r="A\n1"/></w>'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, ...Array.from('<w><v>1</v></w>').flatMap((ch) => [ch.charCodeAt(0), 0])])],
  ];
  it.each(slow)('%s: leaves the part to saxes, with the same events', (_, xml) => {
    const zip = pkg(xml);
    const { log, readings } = scanned(zip);
    expect(readings).toBe(2);
    expect(log).toEqual(parsed(zip));
  });

  it('leaves malformed XML to saxes, which names the part and the line', () => {
    for (const xml of [
      '<w>\n<v>1</c></w>',
      '<w>\n<v a=1>1</v></w>',
      '<w>\n<v>&nbsp;</v></w>',
      '<w>\n<v>1</v>',
      '<w/><w/>',
      '<w>\n<v a="1"b="2"/></w>',
      // What XML forbids that spreadsheet programs never write: the scanner must not read it as if it were fine.
      '<w>\n<c r="A1" t="s" t="n"><v>1</v></c></w>', // an attribute twice (the first would win)
      '<w>\n<v>5</v><!-- a -- b --></w>', // `--` inside a comment
      '<w>\n<c r="A1" x!y="1"><v>5</v></c></w>', // a character no name may hold
      '<w>\n<c!x r="A1"/></w>',
      '<w>\n<v>5 ]]> 6</v></w>', // `]]>` in text
      '<w>\n<v>5</v> ]]> </w>', // … also in text nobody reads
    ]) {
      const zip = pkg(xml);
      expect(damagedLine(() => scanned(zip))).toMatch(/^the workbook is damaged \(part p\.xml\): not well-formed XML at line \d/);
    }
  });

  it('gives the same events whatever bytes a chunk ends at', () => {
    // A stored part is handed over in 16 KB pieces; shifting the content moves every border.
    const cells = Array.from({ length: 600 }, (_, i) => `<c r="A${i + 1}" t="inlineStr"><is><t>rad ${i} åäö &amp; ${'x'.repeat(i % 7)}</t></is></c>`).join('');
    for (let shift = 0; shift < 40; shift += 3) {
      const xml = `<!--${'x'.repeat(shift)}--><w><sheetData><row r="1">${cells}</row></sheetData></w>`;
      const zip = pkg(xml, 0);
      const { log, readings } = scanned(zip);
      expect(readings).toBe(1);
      expect(log).toEqual(parsed(zip));
    }
  });

  it("reads the same through Node's zlib as through fflate, and stops at the unpack budget either way", () => {
    const xml = `<w>${'<v>12345</v>'.repeat(200_000)}</w>`;
    const bytes = zipSync({ 'p.xml': [strToU8(xml), { level: 6 }] });
    const a = ZipPackage.open(bytes, 1 << 30, nodeInflate);
    const b = ZipPackage.open(bytes, 1 << 30);
    expect(scanned(a).log).toEqual(scanned(b).log);
    expect(a.budget.used).toBe(xml.length);
    const small = ZipPackage.open(bytes, 1_000_000, nodeInflate);
    expect(() => scanned(small)).toThrow(/unpacks to more than/);
  });
});
