/** SHA-256 over UTF-8 text with Web Crypto (`globalThis.crypto.subtle`: browsers and Node 20 alike). */

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available in this environment');
  return s;
}

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export async function sha256Hex(text: string): Promise<string> {
  const buf = await subtle().digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(buf));
}

/** Digests of many texts; started in batches so 20 000 rows neither serialise nor flood memory. */
export async function sha256HexAll(texts: readonly string[], batch = 2000): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < texts.length; i += batch) {
    out.push(...(await Promise.all(texts.slice(i, i + batch).map(sha256Hex))));
  }
  return out;
}
