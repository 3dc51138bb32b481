/** @jest-environment jsdom */
/**
 * The add-in manifest: schema-valid, least privilege, every resource it names exists, Swedish for every
 * string, icons with the pixel sizes the manifest promises.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTO_OPEN_SETTING, PLANKOLL_ADDIN_ID, PLANKOLL_ADDIN_VERSION } from '../../src/domain/autoOpen';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const SCHEMA = join(ROOT, '..', 'shared', 'office-schemas', 'OfficeAppManifestV1_1.xsd');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const DEV_BASE = 'https://localhost:3000/';

const xml = readFileSync(MANIFEST_PATH, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

function all(name: string, ns?: string): Element[] {
  return Array.from(ns ? doc.getElementsByTagNameNS(ns, name) : doc.getElementsByTagName(name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const buf = readFileSync(path);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function assetPath(url: string): string {
  expect(url.startsWith(DEV_BASE)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  // xmllint is required (libxml2-utils, installed by .ci/run): without it this fails rather than skips.
  it('validates against the Office add-in manifest schema (xmllint)', () => {
    expect(existsSync(SCHEMA)).toBe(true);
    const out = execFileSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST_PATH], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });

  it('is a task pane add-in for Excel workbooks only', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(all('Host').filter((h) => h.parentElement?.localName === 'Hosts' && h.getAttribute('Name')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all('Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all('DisplayName')[0].getAttribute('DefaultValue')).toBe('Plankoll');
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    const perms = all('Permissions');
    expect(perms).toHaveLength(1);
    expect(perms[0].textContent?.trim()).toBe('ReadWriteDocument');
  });

  it('declares the ExcelApi requirement set', () => {
    const sets = all('Set').filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(sets).toHaveLength(1);
    expect(sets[0].getAttribute('MinVersion')).toMatch(/^1\.\d+$/);
  });

  it('puts a Plankoll group with the three commands on the Home tab', () => {
    const tab = all('OfficeTab');
    expect(tab.map((t) => t.getAttribute('id'))).toEqual(['TabHome']);
    const controls = all('Control');
    const actions = controls.map((c) => {
      const action = c.getElementsByTagName('Action')[0];
      return {
        id: c.getAttribute('id'),
        type: action.getAttribute('xsi:type'),
        fn: action.getElementsByTagName('FunctionName')[0]?.textContent ?? null,
      };
    });
    expect(actions).toEqual([
      { id: 'Plankoll.Validate', type: 'ShowTaskpane', fn: null },
      { id: 'Plankoll.Summary', type: 'ExecuteFunction', fn: 'createSummary' },
      { id: 'Plankoll.NewPlan', type: 'ExecuteFunction', fn: 'newPlan' },
    ]);
  });

  it('names its one task pane for auto-open, with the id and version the web-extension part refers to', () => {
    // Office opens the pane whose TaskpaneId is this with a workbook whose setting of the same name is true.
    expect(all('TaskpaneId').map((t) => t.textContent?.trim())).toEqual([AUTO_OPEN_SETTING]);
    expect(all('Id')[0].textContent?.trim()).toBe(PLANKOLL_ADDIN_ID);
    expect(all('Version')[0].textContent?.trim()).toBe(PLANKOLL_ADDIN_VERSION);
  });

  it('has every ExecuteFunction associated in the function file (src/commands/commands.ts)', () => {
    const source = readFileSync(join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    const associated = [...source.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((m) => m[1]);
    const functions = all('FunctionName').map((f) => f.textContent?.trim());
    expect(functions).toEqual(['createSummary', 'newPlan']);
    for (const f of functions) expect(associated).toContain(f);
  });

  it('points the task pane and the function file at the pages webpack builds', () => {
    const urls = new Map(all('Url', BT).map((u) => [u.getAttribute('id'), u.getAttribute('DefaultValue')]));
    const fnFile = all('FunctionFile')[0].getAttribute('resid');
    expect(urls.get(fnFile)).toBe(`${DEV_BASE}commands.html`);
    const paneResid = all('SourceLocation').find((s) => s.getAttribute('resid'))?.getAttribute('resid') ?? '';
    expect(urls.get(paneResid)).toBe(`${DEV_BASE}taskpane.html`);
    expect(all('SourceLocation').find((s) => s.getAttribute('DefaultValue'))?.getAttribute('DefaultValue')).toBe(`${DEV_BASE}taskpane.html`);
  });

  it('defines every resource id it references, and references every resource it defines', () => {
    const defined = new Set(
      [...all('Image', BT), ...all('Url', BT), ...all('String', BT)]
        .filter((e) => e.parentElement?.parentElement?.localName === 'Resources')
        .map((e) => e.getAttribute('id')),
    );
    const referenced = new Set(
      Array.from(doc.getElementsByTagName('*'))
        .map((e) => e.getAttribute('resid'))
        .filter((r): r is string => r !== null),
    );
    expect(referenced.size).toBeGreaterThan(10);
    for (const r of referenced) expect(defined).toContain(r);
    for (const d of defined) expect(referenced).toContain(d);
  });

  it('has a sv-SE override for every user-visible string', () => {
    const localized = [...all('String', BT), all('DisplayName')[0], all('Description').find((d) => d.getAttribute('DefaultValue'))!];
    expect(localized.length).toBeGreaterThanOrEqual(10);
    const missing = localized
      .filter((el) => {
        const sv = Array.from(el.children).find((c) => c.localName === 'Override' && c.getAttribute('Locale') === 'sv-SE');
        return !sv?.getAttribute('Value')?.trim();
      })
      .map((el) => el.getAttribute('id') ?? el.localName);
    expect(missing).toEqual([]);
    const sv = (id: string): string | null | undefined =>
      all('String', BT).find((s) => s.getAttribute('id') === id)?.getElementsByTagNameNS(BT, 'Override')[0]?.getAttribute('Value');
    expect(sv('Validate.Label')).toBe('Validera');
    expect(sv('Summary.Label')).toBe('Skapa sammanfattning');
    expect(sv('NewPlan.Label')).toBe('Ny handlingsplan');
  });

  it('has icons in assets/ with the pixel sizes the manifest names', () => {
    const images = all('Image', BT).filter((e) => e.parentElement?.localName === 'Images');
    expect(images.length).toBe(3);
    const byId = new Map(images.map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue') ?? '']));
    const uses = all('Image', BT).filter((e) => e.getAttribute('size'));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(use.getAttribute('size'));
      const { width, height } = pngSize(assetPath(byId.get(use.getAttribute('resid')) ?? ''));
      expect([width, height]).toEqual([size, size]);
    }
    expect(pngSize(assetPath(all('IconUrl')[0].getAttribute('DefaultValue') ?? ''))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetPath(all('HighResolutionIconUrl')[0].getAttribute('DefaultValue') ?? ''))).toEqual({ width: 128, height: 128 });
    expect(existsSync(assetPath(all('SupportUrl')[0].getAttribute('DefaultValue') ?? ''))).toBe(true);
  });

  it('serves everything from the one app domain (rewritten together for production)', () => {
    const urls = Array.from(doc.getElementsByTagName('*'))
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((v) => v.startsWith('http'));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(DEV_BASE)).toBe(true);
    expect(all('AppDomain').map((a) => a.textContent)).toEqual(['https://localhost:3000']);
  });
});
