// ESLint flat config: typescript-eslint for TS/TSX, eslint-plugin-office-addins' rules on the code that
// talks to Excel, and the layer boundary of STYLE.md as a lint rule.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readFileSync } from "node:fs";
import layers from "./eslint/layers.mjs";

/** The folders allowed to call Excel.* (scripts/check-requirements.ts scans the same list). */
const EXCEL_CALLERS = JSON.parse(readFileSync(new URL("./eslint/excel-callers.json", import.meta.url), "utf8"));

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "lib/**", "coverage/**", "examples/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The rules of hooks and their dependencies (the plugin's recommended set), for the pane and its tests.
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
  },
  {
    // Dependencies point inward (docs/architecture.md): domain <- excel, xlsx <- cli, commands, taskpane, resolved
    // on the real path of every relative import (eslint/layers.mjs), so no depth of ../ gets around it.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { layers },
    rules: { "layers/imports": "error" },
  },
  {
    // The adapters take no UI library, and neither takes the other's host library.
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/excel is the office-js adapter: no React/UI." },
            { group: ["exceljs", "jszip"], message: "src/excel talks to the open workbook; files belong in src/xlsx." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/xlsx is the file adapter: no React/UI." },
            { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/xlsx reads files; the open workbook is src/excel's." },
          ],
        },
      ],
    },
  },
  {
    // Only src/excel (and the ribbon commands that call it) may touch Excel.*.
    files: ["src/**/*.{ts,tsx}"],
    ignores: EXCEL_CALLERS.map((folder) => `${folder}/**`),
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Only src/excel calls Excel.*; go through the WorkbookGateway." }],
    },
  },
  {
    // The domain is pure: nothing from the host, the UI, the file library or Node (STYLE.md).
    files: ["src/domain/**/*.ts", "src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/domain is pure: no office-js." },
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/domain is pure: no React/UI." },
            { group: ["exceljs"], message: "src/domain is pure: file I/O belongs in src/xlsx." },
            { group: ["node:*", "fs", "path", "crypto", "os", "child_process", "util", "stream", "zlib"], message: "src/domain is pure: no Node modules." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "src/domain is pure: only src/excel calls Excel.*" }, { name: "Office", message: "src/domain is pure." }],
    },
  },
  {
    // Rendering (SVG, PDF) runs in Node and in the browser alike: no host, no UI, no file library, no Node.
    files: ["src/render/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/render: no office-js." },
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/render: no React/UI." },
            { group: ["exceljs"], message: "src/render: file I/O belongs in src/xlsx." },
            { group: ["node:*", "fs", "path", "crypto", "os", "child_process", "util", "stream", "zlib"], message: "src/render runs in the browser too: no Node modules." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "Only src/excel calls Excel.*" }],
    },
  },
  {
    // Mock-based adapter tests build fake contexts on purpose; the office-addins rules do not apply to them.
    files: ["tests/**/*.{ts,tsx}", "**/*.test.{ts,tsx}"],
    rules: Object.fromEntries(Object.keys(officeRules).map((k) => [k, "off"])),
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
