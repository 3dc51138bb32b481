/**
 * Requirement-set check: which ExcelApi version does the code in src/excel really need, and does the
 * manifest declare at least that (`<Set Name="ExcelApi" MinVersion="…"/>`)? Fails (exit 1) when the code
 * uses an Excel API member newer than the declared MinVersion, so an add-in never installs on an Excel
 * that cannot run it.
 *
 * The member → version table is the one Microsoft publishes in @types/office-js: every member carries
 * `[Api set: ExcelApi 1.x]` in its doc comment. The TypeScript checker resolves each property access,
 * method call (the overload actually called) and `load('a, b/c')` / `load(['a'])` property name in
 * src/excel to its declaration and reads that tag, so `range.add` and `conditionalFormats.add` are told
 * apart by type, not by name. A member tagged with another set (ExcelApiOnline, BETA) is always reported.
 *
 * Usage: npx tsx scripts/check-requirements.ts [--manifest manifest.xml] [--src src/excel] [--verbose]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ApiUse {
  readonly file: string;
  /** One-based line of the use. */
  readonly line: number;
  /** `Interface.member` as declared in office-js, e.g. `Workbook.customXmlParts`. */
  readonly member: string;
  /** The requirement set named in the declaration, e.g. `ExcelApi`, `ExcelApiOnline`. */
  readonly set: string;
  /** `1.5`, or the raw tag text for sets without a number (e.g. `BETA (PREVIEW ONLY)`). */
  readonly version: string;
}

export interface RequirementReport {
  readonly declared: string | null;
  /** Highest ExcelApi version the code needs (`1.1` when it uses nothing newer). */
  readonly required: string;
  readonly uses: readonly ApiUse[];
  /** Uses that the declared version does not cover. */
  readonly violations: readonly ApiUse[];
  readonly ok: boolean;
}

const API_SET_TAG = /\[Api set: ([A-Za-z]+) ([^\]]+)\]/;

/** `1.10` > `1.9`: compares dotted versions numerically; non-numeric versions count as newest. */
export function compareVersions(a: string, b: string): number {
  const numeric = (v: string): boolean => /^\d+(\.\d+)*$/.test(v);
  if (!numeric(a) || !numeric(b)) return Number(!numeric(a)) - Number(!numeric(b));
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The manifest's declared ExcelApi MinVersion (`<Set Name="ExcelApi" MinVersion="1.8"/>`), or null. */
export function declaredExcelApiVersion(manifestXml: string): string | null {
  for (const m of manifestXml.matchAll(/<(?:bt:)?Set\b([^>]*)\/?>/g)) {
    const attrs = m[1];
    if (!/\bName\s*=\s*"ExcelApi"/.test(attrs)) continue;
    const v = /\bMinVersion\s*=\s*"([^"]+)"/.exec(attrs);
    if (v) return v[1];
    const d = /DefaultMinVersion\s*=\s*"([^"]+)"/.exec(manifestXml);
    return d ? d[1] : '1.1';
  }
  return null;
}

/** Every .ts/.tsx file under `dir` except tests. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

function isOfficeJsDeclaration(decl: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName);
}

/**
 * The version a tag asks for. Most tags are a bare `1.5`; some split reading and writing
 * (`1.1 for getting the name; 1.4 for setting it.`, `1.1 for get, 1.8 for set`) — then an assignment
 * needs the later one. Other qualified tags (`1.1 for adding a single row; 1.4 allows …`) count by their
 * first, basic version: the code is expected to use the basic form.
 */
export function tagVersion(text: string, isWrite: boolean): string {
  const split = /^(\d+\.\d+) for (?:get|getting|reading)\b.*?(\d+\.\d+) for (?:set|setting)\b/.exec(text);
  if (split) return isWrite ? split[2] : split[1];
  const first = /^\d+\.\d+/.exec(text);
  return first ? first[0] : text;
}

function apiSetOf(decl: ts.Declaration, isWrite: boolean): { set: string; version: string } | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (const r of ranges.reverse()) {
    const m = API_SET_TAG.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: tagVersion(m[2].trim(), isWrite) };
  }
  return null;
}

/** `x.name = …` (the property is written, not read). */
function isAssignmentTarget(node: ts.Node): boolean {
  const access = node.parent;
  if (!access || !ts.isPropertyAccessExpression(access) || access.name !== node) return false;
  const parent = access.parent;
  return ts.isBinaryExpression(parent) && parent.left === access && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function ownerName(decl: ts.Declaration): string {
  const parent = decl.parent as ts.Node | undefined;
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isModuleBlock(parent))) {
    const named = ts.isModuleBlock(parent) ? parent.parent : parent;
    if (named.name) return named.name.getText();
  }
  return '?';
}

function memberName(decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl);
  return `${ownerName(decl)}.${name ? name.getText() : '?'}`;
}

/** Excel-family tags only: other hosts' sets (WordApi, …) cannot apply to Excel code. */
function isExcelSet(set: string): boolean {
  return set.startsWith('ExcelApi');
}

/** Scans the given source files with the TypeScript checker and lists every tagged Excel API use. */
export function scanExcelApiUses(files: readonly string[], baseDir: string = process.cwd()): ApiUse[] {
  const program = ts.createProgram(files as string[], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['office-js', 'node'],
  });
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((f) => resolve(f)));
  const uses: ApiUse[] = [];

  const record = (node: ts.Node, decls: readonly ts.Declaration[] | undefined): void => {
    // Several declarations (overloads, merged interfaces): the use needs only the oldest one.
    let best: { decl: ts.Declaration; set: string; version: string } | null = null;
    for (const decl of decls ?? []) {
      if (!isOfficeJsDeclaration(decl)) continue;
      const tag = apiSetOf(decl, isAssignmentTarget(node));
      if (!tag || !isExcelSet(tag.set)) continue;
      const rank = (t: { set: string; version: string }): string => (t.set === 'ExcelApi' ? t.version : `9999.${t.set}`);
      if (!best || compareVersions(rank(tag), rank(best)) < 0) best = { decl, ...tag };
    }
    if (!best) return;
    const sf = node.getSourceFile();
    uses.push({
      file: relative(baseDir, sf.fileName),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      member: memberName(best.decl),
      set: best.set,
      version: best.version,
    });
  };

  const loadNames = (arg: ts.Expression): { names: string[]; node: ts.Node }[] => {
    if (ts.isStringLiteralLike(arg)) return [{ names: arg.text.split(',').map((s) => s.trim()).filter(Boolean), node: arg }];
    if (ts.isArrayLiteralExpression(arg)) return arg.elements.flatMap((e) => (ts.isStringLiteralLike(e) ? loadNames(e) : []));
    return [];
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      if (ts.isCallExpression(parent) && parent.expression === node) {
        const sig = checker.getResolvedSignature(parent);
        const decl = sig?.getDeclaration();
        record(node.name, decl ? [decl] : checker.getSymbolAtLocation(node.name)?.declarations);
        // `obj.load('a, b/c')`: each loaded path is a property use too.
        if (node.name.text === 'load' && parent.arguments.length > 0) {
          for (const { names, node: at } of loadNames(parent.arguments[0])) {
            for (const path of names) {
              let type = checker.getTypeAtLocation(node.expression);
              for (const segment of path.split('/')) {
                const prop = type.getProperty(segment);
                if (!prop) break;
                record(at, prop.declarations);
                type = checker.getTypeOfSymbolAtLocation(prop, at);
              }
            }
          }
        }
      } else {
        record(node.name, checker.getSymbolAtLocation(node.name)?.declarations);
      }
    }
    ts.forEachChild(node, visit);
  };

  for (const sf of program.getSourceFiles()) {
    if (wanted.has(resolve(sf.fileName))) visit(sf);
  }
  return uses;
}

/** Compares what the code uses with what the manifest declares. */
export function checkRequirements(uses: readonly ApiUse[], declared: string | null): RequirementReport {
  let required = '1.1';
  for (const u of uses) {
    if (u.set === 'ExcelApi' && compareVersions(u.version, required) > 0) required = u.version;
  }
  const violations = uses.filter(
    (u) => u.set !== 'ExcelApi' || declared === null || compareVersions(u.version, declared) > 0,
  );
  return { declared, required, uses, violations, ok: declared !== null && violations.length === 0 };
}

function formatUse(u: ApiUse): string {
  return `${u.file}:${u.line}  ${u.member}  (${u.set} ${u.version})`;
}

function main(argv: readonly string[]): number {
  const root = resolve(__dirname, '..');
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  const manifestPath = resolve(opt('--manifest', join(root, 'manifest.xml')));
  const srcDir = resolve(opt('--src', join(root, 'src', 'excel')));
  let manifest: string;
  try {
    manifest = readFileSync(manifestPath, 'utf8');
  } catch {
    process.stderr.write(`check-requirements: cannot read ${manifestPath}\n`);
    return 2;
  }
  const files = sourceFiles(srcDir);
  const report = checkRequirements(scanExcelApiUses(files, root), declaredExcelApiVersion(manifest));
  if (argv.includes('--verbose')) {
    for (const u of [...report.uses].sort((a, b) => compareVersions(b.version, a.version))) process.stdout.write(`${formatUse(u)}\n`);
  }
  const newest = report.uses.filter((u) => u.set === 'ExcelApi' && u.version === report.required);
  process.stdout.write(
    `check-requirements: ${files.length} files, ${report.uses.length} Excel API uses; code needs ExcelApi ${report.required}` +
      `${newest.length > 0 ? ` (${[...new Set(newest.map((u) => u.member))].join(', ')})` : ''}; manifest declares ${report.declared ?? 'nothing'}\n`,
  );
  if (report.declared === null) {
    process.stderr.write('check-requirements: the manifest declares no <Set Name="ExcelApi" MinVersion="…"/>\n');
    return 1;
  }
  if (!report.ok) {
    process.stderr.write(`check-requirements: ${report.violations.length} use(s) newer than the declared ExcelApi ${report.declared}:\n`);
    for (const u of report.violations) process.stderr.write(`  ${formatUse(u)}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
