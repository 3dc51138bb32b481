/**
 * Text output escapes control characters, so text from a workbook (an action's name, an ID, a
 * comment) or a file name cannot forge a line of a report or move the terminal's cursor: a line
 * break inside a name prints as `\n`, an escape character as `\x1B`. JSON stays exact: its strings
 * are escaped by JSON's own rules (see `safeJson`).
 */

/** C0 controls, DEL, C1 controls, the Unicode line and paragraph separators and the bidi overrides (which can reorder a line). */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One value as it may appear inside a line of text output. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/**
 * A copy of a plain data value (objects, arrays, strings, numbers) with every string escaped, for
 * the text formatters: they then lay out escaped text, and column widths stay right.
 */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControl(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeStrings(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}

/** Lines of text output, each escaped, ending in a newline. */
export function textLines(lines: readonly string[]): string {
  return `${lines.map(escapeControl).join('\n')}\n`;
}

/**
 * JSON.stringify, with the characters it leaves raw (C1 controls, U+2028/U+2029, the bidi overrides)
 * written as `\uXXXX` too: the same JSON value, byte-safe for a terminal.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
