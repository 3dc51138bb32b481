/** Small XML text helpers for zip-level edits of package parts (attributes, escaping, decoding). */

/** A part's bytes as text: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export function escapeXmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * Text content for an element. Characters XML 1.0 cannot hold (control characters other than tab, newline
 * and carriage return) are written as Excel writes them, `_xHHHH_`; a literal `_x` sequence is escaped too.
 */
export function escapeXmlText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot hold
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/\r/g, '&#13;');
}

export function unescapeXmlAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** An attribute of the element's start tag, unescaped; null when absent. */
export function attr(element: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return m ? unescapeXmlAttr(m[1] ?? m[2]) : null;
}

/** The start tag with `name` set to `value` (replaced when present, else added before the tag's end). */
export function setAttr(startTag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const escaped = escapeXmlAttr(value);
  if (re.test(startTag)) return startTag.replace(re, `$1"${escaped}"`);
  const end = startTag.endsWith('/>') ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, end)} ${name}="${escaped}"${startTag.slice(end)}`;
}

/** The start tag without attribute `name`. */
export function removeAttr(startTag: string, name: string): string {
  return startTag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}
