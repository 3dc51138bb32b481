/**
 * The seal as a custom XML part (docs/seal.md): one element in the Plankoll namespace holding the
 * record's JSON as escaped text. The same text is written by the file adapter (src/xlsx/sealStore.ts)
 * and the office-js adapter (src/excel/sealStore.ts), and both read it back with sealFromXml.
 */

export const SEAL_NAMESPACE = 'urn:plankoll:seal:1';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * JSON.stringify leaves U+FFFE/U+FFFF raw, and XML 1.0 forbids them; inside JSON they can only be in
 * strings, where `\uFFFF` means the same. (Control characters and lone surrogates JSON already escapes.)
 */
function xmlSafeJson(json: string): string {
  return json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The part's XML; `declaration: false` for office-js `customXmlParts.add`, which takes the element alone. */
export function sealToXml(recordJson: string, options: { readonly declaration?: boolean } = {}): string {
  const element = `<seal xmlns="${SEAL_NAMESPACE}">${escapeText(xmlSafeJson(recordJson))}</seal>`;
  return options.declaration === false ? element : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${element}`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Root element `<seal>` (any prefix) and its namespace declaration. */
const ROOT = /^\s*(?:<\?xml[^>]*\?>)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:([A-Za-z_][\w.-]*):)?seal\b([^>]*?)(\/?)>/;

/**
 * The record JSON if `xml` is a Plankoll seal part, else null (another add-in's part, or not XML).
 * Tolerates what a host may do when it re-saves the part: a prefix, other attributes, CDATA, entities.
 */
export function sealFromXml(xml: string): string | null {
  const text = xml.replace(/^\uFEFF/, '');
  const m = ROOT.exec(text);
  if (!m) return null;
  const prefix = m[1];
  const attrs = m[2];
  const nsAttr = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  const ns = new RegExp(`(?:^|\\s)${nsAttr.replace(/[.]/g, '\\.')}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs);
  if (!ns || ns[2] !== SEAL_NAMESPACE) return null;
  if (m[3] === '/') return '';
  const close = prefix === undefined ? '</seal>' : `</${prefix}:seal>`;
  const start = m.index + m[0].length;
  const end = text.indexOf(close, start);
  if (end < 0) return null;
  const body = text.slice(start, end);
  let out = '';
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let c = cdata.exec(body); c !== null; c = cdata.exec(body)) {
    out += unescapeText(body.slice(last, c.index)) + c[1];
    last = c.index + c[0].length;
  }
  out += unescapeText(body.slice(last));
  return out.trim();
}
