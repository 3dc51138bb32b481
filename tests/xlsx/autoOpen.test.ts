/**
 * Auto-open at the zip level (issue 16): `plankoll seal` writes the web-extension parts Office reads to open
 * Plankoll's pane with the workbook. Well-formed (xmllint), wired (relationships, content types), every
 * other part byte-identical, sealing again updates in place, another add-in's parts left alone, removing
 * the seal removes them — and the page reads the same setting back through the pane's own path.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { AUTO_OPEN_SETTING, CENTRAL_CATALOG, DEVELOPER_CATALOG, PLANKOLL_ADDIN_ID, PLANKOLL_ADDIN_VERSION, isAutoOpenValue, parseCatalog } from '../../src/domain/autoOpen';
import { readDocumentSettings } from '../../src/xlsx/read';
import { readSealCopiesFromXlsx, removeSealFromXlsx, writeSealCopiesToXlsx } from '../../src/xlsx/sealStore';
import { workbookFromXlsx } from '../../src/taskpane/harness/loadXlsx';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import { XlsxPackage } from '../../src/xlsx/zip/package';
import { readAutoOpenSetting, writeAutoOpen } from '../../src/xlsx/zip/webExtension';
import { CLEAN, runCli } from '../cli/run';
import { entries, exampleXlsx, text } from '../seal/xlsxFixture';

const RECORD = JSON.stringify({ v: 1, by: 'Anna Berg', at: '2011-12-31T14:05:00+01:00' });
const AUTO_OPEN_PARTS = ['xl/webextensions/webextension1.xml', 'xl/webextensions/taskpanes.xml', 'xl/webextensions/_rels/taskpanes.xml.rels'];
const dir = mkdtempSync(join(tmpdir(), 'plankoll-autoopen-'));

function xmllint(xml: string): void {
  const file = join(dir, `part-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
}

async function withAutoOpen(data: Uint8Array, catalog = CENTRAL_CATALOG): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(data);
  await writeAutoOpen(pkg, catalog);
  return pkg.bytes();
}

/** Another add-in's web extension, as Office writes it, in a package that has none of Plankoll's. */
async function withOtherAddin(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    ct.replace(
      '</Types>',
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdWe" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>'),
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
      '<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  zip.file(
    'xl/webextensions/webextension1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}">' +
      '<we:reference id="wa104380862" version="1.1.0.0" store="en-US" storeType="OMEX"/><we:alternateReferences/>' +
      `<we:properties><we:property name="${AUTO_OPEN_SETTING}" value="true"/></we:properties><we:bindings/>` +
      '<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('auto-open parts in an .xlsx package', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await exampleXlsx();
  });

  it('adds the web extension, the taskpanes part and its rels; every other part but the two indexes is byte-identical', async () => {
    const before = await entries(original);
    const after = await entries(await withAutoOpen(original));
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([...AUTO_OPEN_PARTS].sort());
    for (const [name, bytes] of before) {
      if (name === '[Content_Types].xml' || name === '_rels/.rels') continue;
      expect({ name, same: Buffer.compare(Buffer.from(bytes), Buffer.from(after.get(name) ?? new Uint8Array())) === 0 }).toEqual({ name, same: true });
    }
  });

  it('writes well-formed parts that say what Office reads: the reference, the property, a visible pane, the wiring', async () => {
    const after = await entries(await withAutoOpen(original));
    for (const name of [...AUTO_OPEN_PARTS, '[Content_Types].xml', '_rels/.rels']) xmllint(text(after.get(name)));
    const we = text(after.get('xl/webextensions/webextension1.xml'));
    expect(we).toMatch(/^<\?xml [^>]*\?>\n<we:webextension xmlns:we="http:\/\/schemas\.microsoft\.com\/office\/webextensions\/webextension\/2010\/11" id="\{[0-9A-F-]{36}\}">/);
    expect(we).toContain(`<we:reference id="${PLANKOLL_ADDIN_ID}" version="${PLANKOLL_ADDIN_VERSION}" store="EXCatalog" storeType="EXCatalog"/>`);
    // The value is the setting's JSON text, as Office stores document settings.
    expect(we).toContain(`<we:properties><we:property name="${AUTO_OPEN_SETTING}" value="true"/></we:properties>`);
    const panes = text(after.get('xl/webextensions/taskpanes.xml'));
    expect(panes).toMatch(/<wetp:taskpane dockstate="right" visibility="0" width="350" row="1"><wetp:webextensionref xmlns:r="[^"]+" r:id="rId1"\/><\/wetp:taskpane>/);
    expect(text(after.get('xl/webextensions/_rels/taskpanes.xml.rels'))).toContain(
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/>',
    );
    expect(text(after.get('_rels/.rels'))).toMatch(
      /<Relationship Id="rId\d+" Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes\.xml"\/><\/Relationships>$/,
    );
    const types = text(after.get('[Content_Types].xml'));
    expect(types).toContain('<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>');
    expect(types).toContain('<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
  });

  it('names the catalog Office finds the add-in in: a sideloaded add-in, a network share', async () => {
    const dev = text((await entries(await withAutoOpen(original, DEVELOPER_CATALOG))).get('xl/webextensions/webextension1.xml'));
    expect(dev).toContain('store="developer" storeType="Registry"');
    const share = parseCatalog('\\\\filserver\\office-tillagg');
    expect(share).toEqual({ storeType: 'FileSystem', store: '\\\\filserver\\office-tillagg' });
    const fs = text((await entries(await withAutoOpen(original, share!))).get('xl/webextensions/webextension1.xml'));
    expect(fs).toContain('store="\\\\filserver\\office-tillagg" storeType="FileSystem"');
    expect(parseCatalog('somewhere')).toBeNull();
  });

  it('turning it on again updates Plankoll’s part in place: no second part, pane, relationship or type', async () => {
    const once = await withAutoOpen(original);
    // As if the controller had switched it off in the pane and Office had saved that (the pane hidden too).
    const zip = await JSZip.loadAsync(once);
    const we = await zip.file('xl/webextensions/webextension1.xml')!.async('string');
    zip.file('xl/webextensions/webextension1.xml', we.replace('value="true"', 'value="false"'));
    const tp = await zip.file('xl/webextensions/taskpanes.xml')!.async('string');
    // Office's own entry, as it wrote it: visibility 1 (say the pane was open when saved), kept as it is.
    zip.file('xl/webextensions/taskpanes.xml', tp.replace('visibility="0"', 'visibility="1"'));
    const off = await zip.generateAsync({ type: 'uint8array' });
    expect(readDocumentSettings(off).get(AUTO_OPEN_SETTING)).toBe('false');

    const twice = await entries(await withAutoOpen(off));
    expect([...twice.keys()].filter((k) => k.startsWith('xl/webextensions/')).sort()).toEqual([...AUTO_OPEN_PARTS].sort());
    const weAgain = text(twice.get('xl/webextensions/webextension1.xml'));
    expect(weAgain.match(/<we:property /g)).toHaveLength(1);
    expect(weAgain).toContain(`<we:property name="${AUTO_OPEN_SETTING}" value="true"/>`);
    // Office's own id of the instance is kept.
    expect(/id="(\{[^"]+\})"/.exec(weAgain)?.[1]).toBe(/id="(\{[^"]+\})"/.exec(we)?.[1]);
    expect(text(twice.get('xl/webextensions/taskpanes.xml')).match(/<wetp:taskpane /g)).toHaveLength(1);
    expect(text(twice.get('xl/webextensions/taskpanes.xml'))).toBe(tp.replace('visibility="0"', 'visibility="1"'));
    expect(text(twice.get('_rels/.rels')).match(/webextensiontaskpanes/g)).toHaveLength(1);
    expect(text(twice.get('[Content_Types].xml')).match(/webextension1\.xml/g)).toHaveLength(1);
  });

  it('leaves another add-in’s web extension alone and adds Plankoll’s beside it', async () => {
    const other = await withOtherAddin(original);
    const before = await entries(other);
    const after = await entries(await withAutoOpen(other));
    expect(text(after.get('xl/webextensions/webextension1.xml'))).toBe(text(before.get('xl/webextensions/webextension1.xml')));
    const ours = text(after.get('xl/webextensions/webextension2.xml'));
    expect(ours).toContain(`<we:reference id="${PLANKOLL_ADDIN_ID}"`);
    const panes = text(after.get('xl/webextensions/taskpanes.xml'));
    xmllint(panes);
    // Theirs as it was (visibility 0, row 4), ours after it.
    expect(panes).toContain('<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane>');
    expect(panes).toMatch(/<wetp:taskpane dockstate="right" visibility="0" width="350" row="5"><wetp:webextensionref [^>]*r:id="rId2"\/><\/wetp:taskpane><\/wetp:taskpanes>$/);
    expect(text(after.get('_rels/.rels')).match(/webextensiontaskpanes/g)).toHaveLength(1);
    // The other add-in's own auto-open property is not Plankoll's setting.
    expect(readDocumentSettings(other).size).toBe(0);
    expect(readDocumentSettings(await withAutoOpen(other)).get(AUTO_OPEN_SETTING)).toBe('true');
    // Removing Plankoll's keeps theirs, byte for byte, and the taskpanes part they need.
    const removed = await entries(await removeSealFromXlsx(await withAutoOpen(other)));
    for (const name of ['xl/webextensions/webextension1.xml', 'xl/webextensions/taskpanes.xml', 'xl/webextensions/_rels/taskpanes.xml.rels', '_rels/.rels']) {
      expect({ name, text: text(removed.get(name)) }).toEqual({ name, text: text(before.get(name)) });
    }
    expect(removed.has('xl/webextensions/webextension2.xml')).toBe(false);
  });

  it('removing the seal takes auto-open out with it: the package is as before sealing', async () => {
    const sealed = (await writeSealCopiesToXlsx(original, RECORD, { autoOpen: CENTRAL_CATALOG })).bytes;
    expect(readDocumentSettings(sealed).get(AUTO_OPEN_SETTING)).toBe('true');
    const removed = await entries(await removeSealFromXlsx(sealed));
    const before = await entries(original);
    expect([...removed.keys()].sort()).toEqual([...before.keys()].sort());
    expect(text(removed.get('_rels/.rels'))).toBe(text(before.get('_rels/.rels')));
    expect(text(removed.get('[Content_Types].xml'))).toBe(text(before.get('[Content_Types].xml')));
  });

  it('a damaged web-extension part costs only the setting: the page still opens the workbook, auto-open off', async () => {
    const zip = await JSZip.loadAsync(await withAutoOpen(original));
    zip.file('xl/webextensions/webextension1.xml', '<we:webextension xmlns:we="x"><we:reference id="');
    const damaged = await zip.generateAsync({ type: 'uint8array' });
    expect(readDocumentSettings(damaged).size).toBe(0);
    const gateway = new MemoryGateway(await workbookFromXlsx(damaged));
    expect(await gateway.readAutoOpen()).toBe(false);
    expect((await gateway.readSnapshot()).sheetNames.length).toBeGreaterThan(0);
  });

  it('sealing without auto-open writes no web extension', async () => {
    const sealed = (await writeSealCopiesToXlsx(original, RECORD)).bytes;
    expect([...(await entries(sealed)).keys()].some((k) => k.startsWith('xl/webextensions/'))).toBe(false);
    expect(readDocumentSettings(sealed).size).toBe(0);
  });
});

describe('plankoll seal marks the workbook to open Plankoll', () => {
  it('writes the auto-open parts next to the seal; the page reads the same setting the pane writes', async () => {
    const file = join(dir, 'förseglad.xlsx');
    writeFileSync(file, readFileSync(CLEAN));
    expect(await runCli(['seal', file, '--by', 'Anna Berg'])).toMatchObject({ code: 0, err: '' });
    const bytes = readFileSync(file);
    const pkg = await XlsxPackage.open(bytes);
    // The key the CLI wrote is the key the pane sets through office-js (both from src/domain/autoOpen.ts).
    expect(await readAutoOpenSetting(pkg)).toBe('true');
    expect(isAutoOpenValue(readDocumentSettings(bytes).get(AUTO_OPEN_SETTING))).toBe(true);
    expect((await readSealCopiesFromXlsx(bytes)).part).not.toBeNull();
    // The pane's own path in the page: the file read into the in-memory workbook, asked through the gateway.
    const gateway = new MemoryGateway(await workbookFromXlsx(bytes));
    expect(await gateway.readAutoOpen()).toBe(true);
    const unsealed = new MemoryGateway(await workbookFromXlsx(readFileSync(CLEAN)));
    expect(await unsealed.readAutoOpen()).toBe(false);
    // Sealing again keeps one web extension.
    expect((await runCli(['seal', file, '--by', 'Per Olsson'])).code).toBe(0);
    expect([...(await entries(readFileSync(file))).keys()].filter((k) => k.startsWith('xl/webextensions/')).sort()).toEqual([...AUTO_OPEN_PARTS].sort());
  });

  it('--catalog developer for a sideloaded add-in; --catalog none writes none; a wrong value is one line, exit 2', async () => {
    const dev = join(dir, 'dev.xlsx');
    writeFileSync(dev, readFileSync(CLEAN));
    expect((await runCli(['seal', dev, '--by', 'Anna Berg', '--catalog', 'developer'])).code).toBe(0);
    expect(text((await entries(readFileSync(dev))).get('xl/webextensions/webextension1.xml'))).toContain('store="developer" storeType="Registry"');
    const none = join(dir, 'none.xlsx');
    writeFileSync(none, readFileSync(CLEAN));
    expect((await runCli(['seal', none, '--by', 'Anna Berg', '--catalog', 'none'])).code).toBe(0);
    expect(readDocumentSettings(readFileSync(none)).size).toBe(0);
    const bad = await runCli(['seal', none, '--by', 'Anna Berg', '--catalog', 'somewhere']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--catalog ska vara central, developer, en nätverksdelning (\\\\server\\delning) eller none, inte 'somewhere'");
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });
});
