/** The requirement-set check: the code allowed to call Excel never needs an ExcelApi newer than the manifest declares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EXCEL_FOLDERS,
  UNRESOLVED,
  checkRequirements,
  compareVersions,
  declaredExcelApiVersion,
  tagVersion,
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

describe('tagVersion', () => {
  it('reads bare and qualified api-set tags, telling reads from writes', () => {
    expect(tagVersion('1.12', false)).toBe('1.12');
    expect(tagVersion('1.1 for getting the name; 1.4 for setting it.', false)).toBe('1.1');
    expect(tagVersion('1.1 for getting the name; 1.4 for setting it.', true)).toBe('1.4');
    expect(tagVersion('1.1 for get, 1.8 for set', true)).toBe('1.8');
    expect(tagVersion('1.1 for adding a single row; 1.4 allows adding of multiple rows', false)).toBe('1.1');
    expect(tagVersion('BETA (PREVIEW ONLY)', false)).toBe('BETA (PREVIEW ONLY)');
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

  it('needs the setting version for an assignment and the getting version for a read', () => {
    const name = uses.filter((u) => u.member === 'TableColumn.name').map((u) => [u.line, u.version]);
    expect(name).toEqual([
      [14, '1.4'],
      [15, '1.1'],
    ]);
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

describe('probe files: every way of reaching a member is caught', () => {
  const probe = (name: string) => {
    const uses = scanExcelApiUses([join(__dirname, 'fixtures', 'probes', `${name}.ts`)], ROOT);
    const report = checkRequirements(uses, '1.9');
    return { uses, report, violations: report.violations.map((v) => `${v.line} ${v.member} ${v.version}`) };
  };

  it('an element access with a literal: ws[\'customProperties\'] (1.12)', () => {
    expect(probe('elementAccess').violations).toEqual(['3 Worksheet.customProperties 1.12']);
  });

  it('destructuring, in a declaration, with a new name and in an assignment: { comments } = workbook (1.10)', () => {
    expect(probe('destructuring').violations).toEqual(['3 Workbook.comments 1.10', '8 Workbook.comments 1.10', '14 Workbook.comments 1.10']);
  });

  it('load() of a string variable, an array constant, an object and a select string: valuesAsJson (1.16)', () => {
    expect(probe('loadVariable').violations).toEqual([
      '4 Range.valuesAsJson 1.16',
      '9 Range.valuesAsJsonLocal 1.16',
      '13 Range.valuesAsJson 1.16',
      '17 Range.valuesAsJson 1.16',
    ]);
  });

  it('set() of a shorthand property and of a variable: set({ valuesAsJson }) (1.16)', () => {
    const { uses, violations } = probe('setShorthand');
    expect(violations).toEqual(['3 Range.valuesAsJson 1.16', '7 Range.valuesAsJson 1.16']);
    expect(uses.map((u) => u.member)).toEqual(expect.arrayContaining(['Range.format', 'RangeFormat.fill', 'RangeFill.color']));
  });

  it('a load() whose names are known only at run time fails the check: it cannot vouch for it', () => {
    const { report } = probe('unresolved');
    expect(report.ok).toBe(false);
    expect(report.violations).toEqual([expect.objectContaining({ line: 3, member: 'load(names)', set: UNRESOLVED })]);
  });

  it('an Excel enum, as a member and as the string literal it stands for, and the setting version of a property', () => {
    const { uses, report } = probe('enumLiteral');
    const at = (line: number) => uses.filter((u) => u.line === line).map((u) => `${u.member} ${u.version}`);
    expect(at(3)).toEqual(expect.arrayContaining(['Worksheet.visibility 1.2', 'SheetVisibility.veryHidden 1.1']));
    expect(at(7)).toEqual(expect.arrayContaining(['Worksheet.visibility 1.2', 'SheetVisibility.veryHidden 1.1']));
    expect(at(11)).toEqual(expect.arrayContaining(['ConditionalFormatType.iconSet 1.6']));
    expect(report.ok).toBe(true);
    expect(checkRequirements(uses, '1.5').violations.map((v) => v.member)).toEqual(
      expect.arrayContaining(['ConditionalFormatType.iconSet', 'ConditionalFormatCollection.add']),
    );
  });

  it('the print setup of a sheet needs 1.9: passes at 1.9, fails at 1.8', () => {
    const { uses, report } = probe('pageLayout');
    expect(report.ok).toBe(true);
    expect(report.required).toBe('1.9');
    expect(checkRequirements(uses, '1.8').violations.map((v) => v.member)).toEqual(
      expect.arrayContaining(['Worksheet.pageLayout', 'PageLayout.orientation', 'PageLayout.centerHorizontally']),
    );
  });

  it('document settings are a Common API: no ExcelApi use, nothing to report', () => {
    const { uses, report } = probe('commonApi');
    expect(uses).toEqual([]);
    expect(report.ok).toBe(true);
  });
});

describe('the real code against the real manifest', () => {
  it('scans every folder lint allows to call Excel', () => {
    expect(EXCEL_FOLDERS).toEqual(['src/excel', 'src/commands']);
  });

  it('needs no ExcelApi newer than manifest.xml declares', () => {
    const declared = declaredExcelApiVersion(manifest);
    expect(declared).toMatch(/^1\.\d+$/);
    const files = EXCEL_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.some((f) => f.includes(join('src', 'commands')))).toBe(true);
    const report = checkRequirements(scanExcelApiUses(files, ROOT), declared);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
