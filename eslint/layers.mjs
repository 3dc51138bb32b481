// The layer boundary of docs/architecture.md as a lint rule: `layers/imports` resolves every relative
// import (import, export … from, import(), require(), import type, `import('…').T`) against the importing
// file and checks the layer it lands in, so no depth of `../` gets around it.
//
//   domain            pure: imports only itself
//   i18n              which language the user reads (shared by the pane and the ribbon commands): domain
//   excel, xlsx       the adapters: domain only (not each other, not the outer ring)
//   render            domain types in, SVG and PDF out, in Node and the browser alike: domain only
//   cli               domain, xlsx, render, i18n
//   commands          domain, excel, i18n
//   taskpane          domain, render, i18n; plus two named exceptions (EXCEPTIONS below)
//
// Files outside src/ (tests, bench, scripts) are not a layer and may import anything.
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Layer -> the other layers it may import. */
export const ALLOWED = {
  domain: [],
  i18n: ["domain"],
  excel: ["domain"],
  xlsx: ["domain"],
  render: ["domain"],
  cli: ["domain", "xlsx", "render", "i18n"],
  commands: ["domain", "excel", "i18n"],
  taskpane: ["domain", "render", "i18n"],
};

/**
 * Imports across the rings that are allowed on purpose, each with its reason. `from` is a file or a
 * folder (ending in `/`) under the repo; `to` likewise, matched without the file extension.
 */
export const EXCEPTIONS = [
  {
    // The composition root: the pane's entry point (and its default services) construct the Excel gateway;
    // every other pane module sees only the WorkbookGateway interface of the domain.
    // It also loads office.js through the Excel adapter's loader (src/excel/officeJs.ts).
    from: ["src/taskpane/index.tsx", "src/taskpane/defaultServices.ts"],
    to: ["src/excel/gateway", "src/excel/officeJs"],
  },
  {
    // The browser harness opens a user's .xlsx file in the page: it reads it through the file adapter, as the
    // CLI does, so the page and the CLI see the same snapshot. (Node-only modules such as src/xlsx/file.ts
    // would fail the browser build, which is the guard there.)
    from: ["src/taskpane/harness/"],
    to: ["src/xlsx/"],
  },
];

function repoPath(absolute) {
  return relative(ROOT, absolute).split(sep).join("/");
}

/** `src/<layer>/…` -> layer, or null for files outside the layered tree. */
export function layerOf(path) {
  const m = /^src\/([^/]+)\//.exec(path);
  return m && Object.hasOwn(ALLOWED, m[1]) ? m[1] : null;
}

function matches(path, patterns) {
  const bare = path.replace(/\.(tsx?|mjs|cjs|js)$/, "");
  return patterns.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p || bare === p));
}

/** Null when `importer` may import `target` (both repo-relative), else why not. */
export function violation(importer, target) {
  const from = layerOf(importer);
  const to = layerOf(target);
  if (from === null || to === null || from === to) return null;
  if (ALLOWED[from].includes(to)) return null;
  if (EXCEPTIONS.some((e) => matches(importer, e.from) && matches(target, e.to))) return null;
  const may = ALLOWED[from].length > 0 ? ALLOWED[from].map((l) => `src/${l}`).join(", ") : "nothing outside itself";
  return `src/${from} may not import src/${to} (${target}): dependencies point inward, src/${from} may import ${may} (docs/architecture.md).`;
}

const importsRule = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layers of docs/architecture.md, whatever the depth of ../" },
    schema: [],
  },
  create(context) {
    const importer = repoPath(context.filename);
    if (layerOf(importer) === null) return {};
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = repoPath(resolve(dirname(context.filename), source));
      const message = violation(importer, target);
      if (message !== null) context.report({ node, message });
    };
    const literal = (node) => (node && node.type === "Literal" ? node.value : undefined);
    return {
      ImportDeclaration: (node) => check(node, literal(node.source)),
      ExportAllDeclaration: (node) => check(node, literal(node.source)),
      ExportNamedDeclaration: (node) => check(node, literal(node.source)),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === "TSExternalModuleReference" && check(node, literal(node.moduleReference.expression)),
      TSImportType: (node) => check(node, literal(node.argument?.literal ?? node.argument)),
      CallExpression: (node) => {
        if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length === 1) {
          check(node, literal(node.arguments[0]));
        }
      },
    };
  },
};

export default { meta: { name: "plankoll-layers" }, rules: { imports: importsRule } };
