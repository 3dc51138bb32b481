/** The requirement-set check: code in src/excel never needs an ExcelApi newer than the manifest declares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkRequirements,
  compareVersions,
  declaredExcelApiVersion,
  scanExcelApiUses,
  sourceFiles,
} from '../../scripts/check-requirements';

const ROOT = join(__dirname, '..', '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('compareVersions', () => {
  it('orders dotted versions numerically', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.5', '1.12')).toBeLessThan(0);
    expect(compareVersions('1.8', '1.8')).toBe(0);
    expect(compareVersions('BETA (PREVIEW ONLY)', '1.20')).toBeGreaterThan(0);
  });
});

describe('declaredExcelApiVersion', () => {
  it('reads the MinVersion of the ExcelApi set', () => {
    expect(declaredExcelApiVersion('<Sets><Set Name="ExcelApi" MinVersion="1.9"/></Sets>')).toBe('1.9');
    expect(declaredExcelApiVersion('<Sets DefaultMinVersion="1.3"><Set Name="ExcelApi"/></Sets>')).toBe('1.3');
    expect(declaredExcelApiVersion('<Sets><Set Name="WordApi" MinVersion="1.3"/></Sets>')).toBeNull();
  });
});

describe('scanExcelApiUses', () => {
  const fixture = join(__dirname, 'fixtures', 'newer-api.ts');
  const uses = scanExcelApiUses([fixture], ROOT);

  it('resolves members by type and reads their api set from office-js', () => {
    const byMember = new Map(uses.map((u) => [u.member, u.version]));
    expect(byMember.get('Worksheet.customProperties')).toBe('1.12');
    expect(byMember.get('WorksheetCustomPropertyCollection.add')).toBe('1.12');
    expect(byMember.get('Worksheet.getRange')).toBe('1.1');
    expect(uses.find((u) => u.member === 'Worksheet.customProperties')).toMatchObject({
      file: join('tests', 'manifest', 'fixtures', 'newer-api.ts'),
      line: 5,
      set: 'ExcelApi',
    });
  });

  it('counts the properties named in load() strings, paths included', () => {
    const members = uses.filter((u) => u.line === 7).map((u) => u.member);
    expect(members).toEqual(expect.arrayContaining(['Range.values', 'Range.format', 'RangeFormat.fill', 'RangeFill.color']));
  });

  it('fails a manifest that declares less than the fixture needs', () => {
    const report = checkRequirements(uses, '1.8');
    expect(report.ok).toBe(false);
    expect(report.required).toBe('1.12');
    expect(report.violations.map((v) => v.member).sort()).toEqual(['Worksheet.customProperties', 'WorksheetCustomPropertyCollection.add']);
    expect(checkRequirements(uses, '1.12').ok).toBe(true);
    expect(checkRequirements(uses, null).ok).toBe(false);
  });
});

describe('the real code against the real manifest', () => {
  it('needs no ExcelApi newer than manifest.xml declares', () => {
    const declared = declaredExcelApiVersion(manifest);
    expect(declared).toMatch(/^1\.\d+$/);
    const files = sourceFiles(join(ROOT, 'src', 'excel'));
    const report = checkRequirements(scanExcelApiUses(files, ROOT), declared);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
