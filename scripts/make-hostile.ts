/**
 * Hostile and awkward workbooks for the reader's bound tests (tests/xlsx/hostile.test.ts), written to
 * tests/fixtures/generated/hostile/ (gitignored). Each starts from the clean example plan and changes its
 * package at the zip level, as a broken generator, a careless edit or an attacker would:
 *
 * - stray-row: one cell at row 1 000 000 000 on Åtgärder;
 * - dropdown-everywhere: a drop-down (data validation) and a conditional format over A1:XFD1048576;
 * - id-column-filled: Åtgärder's ID column filled to row 1 048 576 with =ROW()-1 and its cached values,
 *   and the table stretched over it;
 * - renamed-part: Åtgärder's worksheet part is `xl/worksheets/data-atgarder.xml`, not sheetN.xml;
 * - missing-table-part: the Atgarder table's part is gone from the package;
 * - zip-bomb: Åtgärder's part unpacks to 2 GB (of spaces) from about 2 MB;
 * - two-atgarder-tables: a second sheet with a second table named Atgarder;
 * - formula-without-result: a Budget cell holds a formula saved without its result.
 *
 * `npx tsx scripts/make-hostile.ts` writes them all by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { examplePlanWorkbook } from '../src/domain/example';
import { writePlanXlsx } from '../src/xlsx/writePlan';

export const HOSTILE_DIR = join(__dirname, '..', 'tests', 'fixtures', 'generated', 'hostile');

type Files = Record<string, Uint8Array>;

const text = (files: Files, name: string): string => strFromU8(files[name]);
const put = (files: Files, name: string, s: string): void => {
  files[name] = strToU8(s);
};

/** The part of the sheet called `name`, found through workbook.xml and its relationships. */
function sheetPart(files: Files, name: string): string {
  const wb = text(files, 'xl/workbook.xml');
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(wb);
  const id = sheet && /r:id="([^"]+)"/.exec(sheet[0]);
  if (!id) throw new Error(`no sheet ${name}`);
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  const rel = new RegExp(`<Relationship [^>]*Id="${id[1]}"[^>]*>`).exec(rels);
  const target = rel && /Target="([^"]+)"/.exec(rel[0]);
  if (!target) throw new Error(`no relationship ${id[1]}`);
  return target[1].startsWith('/') ? target[1].slice(1) : `xl/${target[1]}`;
}

function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** The table part of `sheet` (its only table, as in the example). */
function tablePart(files: Files, sheet: string): string {
  const rels = text(files, relsOf(sheet));
  const target = /Type="[^"]*\/table"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/table"/.exec(rels);
  if (!target) throw new Error(`no table on ${sheet}`);
  const t = target[1] ?? target[2];
  return t.startsWith('/') ? t.slice(1) : `xl/${t.replace(/^\.\.\//, '')}`;
}

async function example(): Promise<Files> {
  return unzipSync(await writePlanXlsx(examplePlanWorkbook()));
}

function zip(files: Files): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = [v, { level: 6 }];
  return zipSync(z);
}

function edit(files: Files, part: string, change: (xml: string) => string): void {
  put(files, part, change(text(files, part)));
}

const ACTIONS = 'Åtgärder';

/**
 * A deflated entry of `size` bytes of spaces between `prefix` and `suffix`, never held whole: a 16 MB block
 * is deflated once with a full flush (which ends byte-aligned and resets the window), so the same
 * compressed bytes can simply be repeated.
 */
function deflatedSpaces(prefix: string, size: number, suffix: string): Uint8Array {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const block = deflateRawSync(Buffer.alloc(16 * 1024 * 1024, 0x20), flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  const blocks = Math.ceil(size / (16 * 1024 * 1024));
  const out = new Uint8Array(head.length + blocks * block.length + tail.length);
  out.set(head, 0);
  for (let i = 0; i < blocks; i++) out.set(block, head.length + i * block.length);
  out.set(tail, head.length + blocks * block.length);
  return out;
}

export const HOSTILE: Readonly<Record<string, () => Promise<Uint8Array>>> = {
  'stray-row.xlsx': async () => {
    const f = await example();
    edit(f, sheetPart(f, ACTIONS), (x) => x.replace('</sheetData>', '<row r="1000000000"><c r="A1000000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
    return zip(f);
  },
  'dropdown-everywhere.xlsx': async () => {
    const f = await example();
    const validation =
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Klar,Pågår,Försenad"</formula1></dataValidation></dataValidations>';
    edit(f, sheetPart(f, ACTIONS), (x) => x.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, '').replace('</sheetData>', `</sheetData>${validation}`));
    return zip(f);
  },
  'id-column-filled.xlsx': async () => {
    const f = await example();
    const part = sheetPart(f, ACTIONS);
    const xml = text(f, part);
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const rows: string[] = [];
    for (let r = last + 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><f>ROW()-1</f><v>${r - 1}</v></c></row>`);
    put(f, part, xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
    edit(f, tablePart(f, part), (x) => x.replace(/ref="([A-Z]+)1:([A-Z]+)\d+"/g, 'ref="$11:$21048576"'));
    return zip(f);
  },
  'renamed-part.xlsx': async () => {
    const f = await example();
    const part = sheetPart(f, ACTIONS);
    const renamed = 'xl/worksheets/data-atgarder.xml';
    f[renamed] = f[part];
    delete f[part];
    if (f[relsOf(part)]) {
      f[relsOf(renamed)] = f[relsOf(part)];
      delete f[relsOf(part)];
    }
    const old = part.slice('xl/'.length);
    edit(f, 'xl/_rels/workbook.xml.rels', (x) => x.replace(`"${old}"`, '"worksheets/data-atgarder.xml"').replace(`"/${part}"`, `"/${renamed}"`));
    edit(f, '[Content_Types].xml', (x) => x.replace(`/${part}"`, `/${renamed}"`));
    return zip(f);
  },
  'missing-table-part.xlsx': async () => {
    const f = await example();
    delete f[tablePart(f, sheetPart(f, ACTIONS))];
    return zip(f);
  },
  'zip-bomb.xlsx': async () => {
    const f = await example();
    const part = sheetPart(f, ACTIONS);
    const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const files: Zippable = {};
    for (const [k, v] of Object.entries(f)) if (k !== part) files[k] = [v, { level: 6 }];
    const bytes = zipSync(files);
    return withDeflatedEntry(bytes, part, deflatedSpaces(head, 2 * 1024 * 1024 * 1024, '</sheetData></worksheet>'));
  },
  'two-atgarder-tables.xlsx': async () => {
    const f = await example();
    const part = sheetPart(f, ACTIONS);
    const table = tablePart(f, part);
    f['xl/worksheets/kopia.xml'] = f[part];
    f['xl/tables/kopia.xml'] = strToU8(text(f, table).replace(/ id="\d+"/, ' id="99"'));
    put(f, 'xl/worksheets/_rels/kopia.xml.rels', text(f, relsOf(part)).replace(/Target="[^"]*"/, 'Target="../tables/kopia.xml"'));
    edit(f, 'xl/_rels/workbook.xml.rels', (x) =>
      x.replace('</Relationships>', '<Relationship Id="rIdKopia" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/kopia.xml"/></Relationships>'),
    );
    edit(f, 'xl/workbook.xml', (x) => x.replace('</sheets>', '<sheet name="Kopia" sheetId="99" r:id="rIdKopia"/></sheets>'));
    edit(f, '[Content_Types].xml', (x) =>
      x.replace(
        '</Types>',
        '<Override PartName="/xl/worksheets/kopia.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/tables/kopia.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
      ),
    );
    return zip(f);
  },
  'formula-without-result.xlsx': async () => {
    const f = await example();
    // The first action's Budget (column I in the example: ID, Åtgärd, MålID, Ansvarig, Beslutsfattare, Start, Slut, Status, Budget).
    edit(f, sheetPart(f, ACTIONS), (x) => x.replace(/<c r="I2"([^>]*?)(?: t="[^"]*")?>[\s\S]*?<\/c>/, '<c r="I2"$1><f>SUM(J2:L2)</f></c>'));
    return zip(f);
  },
};

/** Adds an entry whose deflated data is given (so a 2 GB part never exists in memory) to a zip's bytes. */
function withDeflatedEntry(zipBytes: Uint8Array, name: string, deflated: Uint8Array): Uint8Array {
  const view = new DataView(zipBytes.buffer, zipBytes.byteOffset, zipBytes.byteLength);
  let eocd = zipBytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const nameBytes = strToU8(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, 0xffffffff - 1, true); // the size it claims; the reader counts what comes out
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, 0xffffffff - 1, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, cdOffset, true);
  central.set(nameBytes, 46);
  const entries = zipBytes.subarray(0, cdOffset);
  const cd = zipBytes.subarray(cdOffset, cdOffset + cdSize);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count + 1, true);
  ev.setUint16(10, count + 1, true);
  ev.setUint32(12, cdSize + central.length, true);
  ev.setUint32(16, cdOffset + local.length + deflated.length, true);
  const out = new Uint8Array(entries.length + local.length + deflated.length + cd.length + central.length + end.length);
  let o = 0;
  for (const p of [entries, local, deflated, cd, central, end]) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

if (require.main === module) {
  (async () => {
    mkdirSync(HOSTILE_DIR, { recursive: true });
    for (const [name, make] of Object.entries(HOSTILE)) {
      writeFileSync(join(HOSTILE_DIR, name), await make());
      process.stdout.write(`${name}\n`);
    }
  })().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
