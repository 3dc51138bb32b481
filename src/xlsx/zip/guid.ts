/**
 * A new GUID in the form Office writes in package parts (`{8-4-4-4-12}`, upper case): the seal's custom XML
 * part's item id, a web extension's instance id. Web Crypto only (Node 20 and browsers have it), so the
 * browser page can use it too.
 */
export function newGuid(): string {
  const c = globalThis.crypto;
  const uuid =
    typeof c?.randomUUID === 'function'
      ? c.randomUUID()
      : Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'))
          .join('')
          .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  return `{${uuid.toUpperCase()}}`;
}
