// Lints probe texts with the repo's real eslint.config.mjs through ESLint's Node API and prints the messages
// as JSON. Run by layers.test.ts in a child process: ESLint loads its flat config with import(), which
// jest's CommonJS runtime cannot do.
// Input (stdin): [{ "filePath": "src/domain/rules/budget/probe.ts", "code": "…" }, …]
import { ESLint } from "eslint";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
let input = "";
for await (const chunk of process.stdin) input += chunk;
const probes = JSON.parse(input);
const eslint = new ESLint({ cwd: root });
const out = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: resolve(root, probe.filePath) });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line })));
}
process.stdout.write(JSON.stringify(out));
