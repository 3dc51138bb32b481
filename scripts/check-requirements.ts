/**
 * Requirement-set check: which ExcelApi version does the code allowed to call Excel really need (the
 * folders of eslint/excel-callers.json, the same list the lint rule on the `Excel` global reads), and does
 * the manifest declare at least that (`<Set Name="ExcelApi" MinVersion="…"/>`)? Fails (exit 1) when the code
 * uses an Excel API member newer than the declared MinVersion, so an add-in never installs on an Excel
 * that cannot run it.
 *
 * The member → version table is the one Microsoft publishes in @types/office-js: every member carries
 * `[Api set: ExcelApi 1.x]` in its doc comment. The TypeScript checker resolves every use — property and
 * element access, method call (the overload actually called), destructuring, what `load` and `set` name in
 * any form of argument, a string literal where an Excel enum is expected — to its declaration and reads that
 * tag (scanExcelApiUses), so `range.add` and `conditionalFormats.add` are told apart by type, not by name.
 * A member tagged with another Excel set (ExcelApiOnline, BETA) is always reported, and so is a `load`/`set`
 * argument the checker cannot resolve. Common APIs (`Office.context.document.settings`) carry other sets
 * and need no ExcelApi.
 *
 * Usage: npx tsx scripts/check-requirements.ts [--manifest manifest.xml] [--src DIR …] [--verbose]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import EXCEL_CALLERS from '../eslint/excel-callers.json';

/** The folders allowed to call Excel (lint and this check read the same list). */
export const EXCEL_FOLDERS: readonly string[] = EXCEL_CALLERS;

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

function tagIn(decl: ts.Node, isWrite: boolean): { set: string; version: string } | null {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (const r of ranges.reverse()) {
    const m = API_SET_TAG.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1], version: tagVersion(m[2].trim(), isWrite) };
  }
  return null;
}

/** The declaration's own tag; an enum member without one takes its enum's. */
function apiSetOf(decl: ts.Declaration, isWrite: boolean): { set: string; version: string } | null {
  return tagIn(decl, isWrite) ?? (ts.isEnumMember(decl) ? tagIn(decl.parent, isWrite) : null);
}

/** `x.name = …`, `x['name'] = …`, `x.name += …` (the property is written, not read). */
function isWrite(access: ts.Node): boolean {
  const parent = access.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === access &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function ownerName(decl: ts.Declaration): string {
  const parent = decl.parent as ts.Node | undefined;
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isEnumDeclaration(parent) || ts.isModuleBlock(parent))) {
    const named = ts.isModuleBlock(parent) ? parent.parent : parent;
    if (named.name) return named.name.getText();
  }
  return '?';
}

function memberName(decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl);
  return `${ownerName(decl)}.${name ? name.getText() : '?'}`;
}

/** Excel-family tags only: other hosts' sets (WordApi, …) and the Common API (Settings, …) cannot need a newer Excel. */
function isExcelSet(set: string): boolean {
  return set.startsWith('ExcelApi');
}

/** True for an object literal that is (part of) the left side of a destructuring assignment. */
function isDestructuringTarget(literal: ts.Node): boolean {
  let n = literal;
  for (;;) {
    const p = n.parent;
    if (ts.isBinaryExpression(p)) return p.left === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
    if (ts.isForOfStatement(p) || ts.isForInStatement(p)) return p.initializer === n;
    if ((ts.isPropertyAssignment(p) && p.initializer === n) || ts.isShorthandPropertyAssignment(p) || ts.isSpreadAssignment(p)) {
      n = p.parent;
    } else if (ts.isArrayLiteralExpression(p) || ts.isParenthesizedExpression(p) || ts.isSpreadElement(p)) {
      n = p;
    } else {
      return false;
    }
  }
}

/** A use the checker cannot resolve to a declaration: the check cannot vouch for it, so it fails. */
export const UNRESOLVED = 'unresolved';

/**
 * Scans the given source files with the TypeScript checker and lists every tagged Excel API use:
 * - every property access `a.b` and element access with a literal `a['b']` (a write needs a tag's
 *   setting version), and every method call by the overload actually called;
 * - destructuring, `const { comments } = workbook` and `({ comments } = workbook)`;
 * - what `load(…)` loads and `set(…)` writes, whatever the form of the argument: a string
 *   (`'values, format/fill/color'`), a string variable or constant, an array, an object literal or a
 *   variable of object type (`{ format: { fill: { color: true } } }`, `{ select: 'a,b' }`);
 * - a string literal where an Excel enum is expected (`conditionalFormats.add('Custom')`,
 *   `ws.visibility = 'VeryHidden'`): the enum member's tag.
 * A `load`/`set` argument whose names the checker cannot know (a `string` built at run time) is an
 * UNRESOLVED use, which the check reports: it cannot vouch for what it cannot see.
 */
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

  const where = (node: ts.Node): { file: string; line: number } => {
    const sf = node.getSourceFile();
    return { file: relative(baseDir, sf.fileName), line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
  };

  const record = (node: ts.Node, decls: readonly ts.Declaration[] | undefined, write = false): void => {
    // Several declarations (overloads, merged interfaces): the use needs only the oldest one.
    let best: { decl: ts.Declaration; set: string; version: string } | null = null;
    for (const decl of decls ?? []) {
      if (!isOfficeJsDeclaration(decl)) continue;
      const tag = apiSetOf(decl, write);
      if (!tag || !isExcelSet(tag.set)) continue;
      const rank = (t: { set: string; version: string }): string => (t.set === 'ExcelApi' ? t.version : `9999.${t.set}`);
      if (!best || compareVersions(rank(tag), rank(best)) < 0) best = { decl, ...tag };
    }
    if (best) uses.push({ ...where(node), member: memberName(best.decl), set: best.set, version: best.version });
  };

  const unresolved = (node: ts.Node, what: string): void => {
    uses.push({ ...where(node), member: what, set: UNRESOLVED, version: '?' });
  };

  /** `type.name` as a use at `node`; returns the property's type for the next path segment. */
  const useProperty = (type: ts.Type, name: string, node: ts.Node, write = false): ts.Type | null => {
    const prop = type.getProperty(name);
    if (!prop) return null;
    record(node, prop.declarations, write);
    return checker.getTypeOfSymbolAtLocation(prop, node);
  };

  /** The string values an expression can have, or null when its type does not say (a plain `string`). */
  const stringsOf = (expr: ts.Expression): string[] | null => {
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    const type = checker.getTypeAtLocation(expr);
    const parts = type.isUnion() ? type.types : [type];
    const out: string[] = [];
    for (const t of parts) {
      if (!t.isStringLiteral()) return null;
      out.push(t.value);
    }
    return out;
  };

  /** Loads `path` (`format/fill/color`) on `type`, one use per segment. */
  const loadPath = (type: ts.Type, path: string, node: ts.Node): void => {
    let current: ts.Type | null = type;
    for (const segment of path.split('/').map((s) => s.trim())) {
      if (!current || segment === '') return;
      // `items/name` on a collection: the items' type.
      if (segment === 'items' && current.getProperty('items')) {
        const items = checker.getTypeOfSymbolAtLocation(current.getProperty('items') as ts.Symbol, node);
        current = checker.getIndexTypeOfType(items, ts.IndexKind.Number) ?? null;
        continue;
      }
      current = useProperty(current, segment, node);
    }
  };

  const loadStrings = (type: ts.Type, expr: ts.Expression, what: string): void => {
    const strings = stringsOf(expr);
    if (strings === null) return unresolved(expr, what);
    for (const text of strings) for (const path of text.split(',')) loadPath(type, path, expr);
  };

  /** What `load(arg)` loads on an object of `type`. */
  const load = (type: ts.Type, arg: ts.Expression): void => {
    if (ts.isArrayLiteralExpression(arg)) {
      for (const e of arg.elements) load(type, e);
      return;
    }
    if (ts.isStringLiteralLike(arg) || ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg) || ts.isTemplateExpression(arg)) {
      const argType = checker.getTypeAtLocation(arg);
      const element = checker.isArrayLikeType(argType) ? checker.getIndexTypeOfType(argType, ts.IndexKind.Number) : undefined;
      if (element) {
        const parts = element.isUnion() ? element.types : [element];
        if (parts.every((t) => t.isStringLiteral())) {
          for (const t of parts) for (const path of (t as ts.StringLiteralType).value.split(',')) loadPath(type, path, arg);
          return;
        }
        return unresolved(arg, `load(${arg.getText()})`);
      }
      if (argType.getFlags() & ts.TypeFlags.StringLike) return loadStrings(type, arg, `load(${arg.getText()})`);
    }
    loadObject(type, checker.getTypeAtLocation(arg), arg);
  };

  /** `load({ a: true, b: { c: true } })` or `load({ select: 'a, b/c' })`, by the argument's type. */
  const loadObject = (type: ts.Type, argType: ts.Type, node: ts.Expression): void => {
    if (ts.isObjectLiteralExpression(node)) {
      // A literal is read as written: `select`/`expand` strings are not widened to `string` here.
      for (const p of node.properties) {
        const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? p.name.text : undefined;
        if (name === undefined || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) return unresolved(p, `load(${node.getText()})`);
        const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
        if (name === 'select' || name === 'expand') {
          loadStrings(type, value, `load(${node.getText()})`);
          continue;
        }
        const next = useProperty(type, name, p);
        if (next && ts.isObjectLiteralExpression(value)) loadObject(next, checker.getTypeAtLocation(value), value);
      }
      return;
    }
    if (argType.getFlags() & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return unresolved(node, `load(${node.getText()})`);
    const select = argType.getProperty('select');
    if (select) {
      const selectType = checker.getTypeOfSymbolAtLocation(select, node);
      if (!selectType.isStringLiteral()) return unresolved(node, `load(${node.getText()})`);
      for (const path of selectType.value.split(',')) loadPath(type, path, node);
      return;
    }
    for (const prop of argType.getProperties()) {
      const next = useProperty(type, prop.name, node);
      const value = checker.getTypeOfSymbolAtLocation(prop, node);
      if (next && value.getFlags() & ts.TypeFlags.Object) loadObject(next, value, node);
    }
  };

  /** What `set(arg)` writes on an object of `type`: every property of the argument's type, nested objects too. */
  const setObject = (type: ts.Type, argType: ts.Type, node: ts.Node): void => {
    if (argType.getFlags() & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return unresolved(node, `set(${node.getText()})`);
    for (const prop of argType.getProperties()) {
      const at = prop.valueDeclaration && prop.valueDeclaration.getSourceFile() === node.getSourceFile() ? prop.valueDeclaration : node;
      const value = checker.getTypeOfSymbolAtLocation(prop, node);
      const nested = value.getFlags() & ts.TypeFlags.Object && !checker.isArrayLikeType(value);
      const next = useProperty(type, prop.name, at, !nested);
      if (next && nested) setObject(next, value, node);
    }
  };

  /** The member of an Excel enum in `type` whose value is `text`. */
  const enumMember = (type: ts.Type, text: string): ts.Declaration[] | undefined => {
    const parts = type.isUnion() ? type.types : [type];
    const member = parts.find((t) => t.getFlags() & ts.TypeFlags.EnumLiteral && t.isStringLiteral() && t.value === text);
    return member?.symbol?.declarations;
  };

  /**
   * A string literal where an Excel enum is expected: the enum member with that value. office-js declares
   * such a method twice (`add(type: ConditionalFormatType)` and `add(type: "Custom" | …)`), and the call
   * resolves to the string overload: then the enum is found in the other overloads' parameter.
   */
  const enumLiteral = (node: ts.StringLiteralLike): void => {
    const contextual = checker.getContextualType(node as ts.Expression);
    const direct = contextual && enumMember(contextual, node.text);
    if (direct) return record(node, direct);
    const call = node.parent;
    if (!ts.isCallExpression(call)) return;
    const index = call.arguments.indexOf(node as ts.Expression);
    const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
    for (const decl of checker.getSymbolAtLocation(callee)?.declarations ?? []) {
      if (!ts.isFunctionLike(decl) || !isOfficeJsDeclaration(decl)) continue;
      const param = decl.parameters[index];
      const found = param && enumMember(checker.getTypeAtLocation(param), node.text);
      if (found) return record(node, found);
    }
  };

  const isOfficeJsCall = (call: ts.CallExpression): boolean => {
    const decl = checker.getResolvedSignature(call)?.getDeclaration();
    return decl !== undefined && isOfficeJsDeclaration(decl);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      if (ts.isCallExpression(parent) && parent.expression === node) {
        const sig = checker.getResolvedSignature(parent);
        const decl = sig?.getDeclaration();
        record(node.name, decl ? [decl] : checker.getSymbolAtLocation(node.name)?.declarations);
        const arg = parent.arguments[0];
        if (arg && isOfficeJsCall(parent)) {
          const receiver = checker.getTypeAtLocation(node.expression);
          if (node.name.text === 'load') load(receiver, arg);
          if (node.name.text === 'set') setObject(receiver, checker.getTypeAtLocation(arg), arg);
        }
      } else {
        record(node.name, checker.getSymbolAtLocation(node.name)?.declarations, isWrite(node));
      }
    } else if (ts.isElementAccessExpression(node)) {
      const names = stringsOf(node.argumentExpression);
      const receiver = checker.getTypeAtLocation(node.expression);
      for (const name of names ?? []) {
        const prop = receiver.getProperty(name);
        if (prop) record(node.argumentExpression, prop.declarations, isWrite(node));
      }
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : ts.isComputedPropertyName(key) ? stringsOf(key.expression)?.[0] : undefined;
      if (name !== undefined) useProperty(checker.getTypeAtLocation(node.parent), name, key);
    } else if (
      (ts.isShorthandPropertyAssignment(node) || ts.isPropertyAssignment(node)) &&
      ts.isIdentifier(node.name) &&
      isDestructuringTarget(node.parent)
    ) {
      // `({ comments } = workbook)`: a property read by a destructuring assignment.
      const prop = checker.getPropertySymbolOfDestructuringAssignment(node.name);
      if (prop) record(node.name, prop.declarations);
    } else if (ts.isStringLiteralLike(node) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
      enumLiteral(node);
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
  const given = argv.flatMap((a, i) => (argv[i - 1] === '--src' ? [resolve(a)] : []));
  const dirs = given.length > 0 ? given : EXCEL_FOLDERS.map((f) => join(root, f));
  let manifest: string;
  try {
    manifest = readFileSync(manifestPath, 'utf8');
  } catch {
    process.stderr.write(`check-requirements: cannot read ${manifestPath}\n`);
    return 2;
  }
  const files = dirs.flatMap((d) => sourceFiles(d));
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
    process.stderr.write(
      `check-requirements: ${report.violations.length} use(s) newer than the declared ExcelApi ${report.declared}, or that the check cannot resolve:\n`,
    );
    for (const u of report.violations) process.stderr.write(`  ${formatUse(u)}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
