/**
 * Streaming XML over a package part: saxes tokenises the inflated text chunk by chunk and hands each
 * start tag, end tag and text to a handler. Namespaces are not processed (element names are compared by
 * their local name, so `x:c` is `c`), a DTD is never read and entities other than XML's five and
 * character references are an error, so nothing in a part can make the reader expand text.
 *
 * No Node imports: the browser page uses this module too.
 */
import { SaxesParser } from 'saxes';
import { UnreadableWorkbook, words } from './errors';
import type { ZipEntry, ZipPackage } from './zip';
import { XmlTextDecoder } from './zip';

export interface XmlHandler {
  /** A start tag, by local name; `attrs` keeps the names as written (`r:id`). */
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  /** Text and CDATA between tags, entities resolved. */
  text?(text: string): void;
  /** Checked after each chunk: true stops reading the part (the rest is neither inflated nor parsed). */
  done?(): boolean;
}

/**
 * Most characters read between two tags. Text is held whole until its tag ends, so this bounds memory on
 * a part that is one endless text (the usual zip bomb: a few MB of zeros or spaces unpacking to gigabytes).
 * A cell holds at most 32 767 characters; shared-string and other parts stay far below this too.
 */
export const MAX_TEXT_RUN = 16 * 1024 * 1024;

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * Parses one part. Throws UnreadableWorkbook('damaged') naming the part (and `sheet`, when given) if it
 * is not well-formed XML; errors a handler throws pass through as they are.
 */
export function parsePart(zip: ZipPackage, entry: ZipEntry, handler: XmlHandler, sheet?: string): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const { open, close, text, done } = handler;
  let sinceTag = 0;
  parser.on('opentag', (tag) => {
    sinceTag = 0;
    open?.(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    sinceTag = 0;
    close?.(localName(tag.name));
  });
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = new XmlTextDecoder();
  const where = { part: entry.name, ...(sheet !== undefined ? { sheet } : {}) };
  // saxes reports malformed XML here (and would throw a library message otherwise); a handler's own
  // exception is a bug and passes through untouched.
  parser.on('error', (e) => {
    throw new UnreadableWorkbook(
      'damaged',
      { ...where, what: words(`inte välformad XML vid rad ${parser.line}`, `not well-formed XML at line ${parser.line}`) },
      { cause: e },
    );
  });
  let finished = false;
  const feed = (s: string): void => {
    if (s.length > 0) parser.write(s);
  };
  zip.read(entry, (chunk) => {
    sinceTag += chunk.length;
    if (sinceTag > MAX_TEXT_RUN) {
      throw new UnreadableWorkbook('tooLarge', {
        ...where,
        what: words(
          `mer än ${MAX_TEXT_RUN / (1024 * 1024)} MB text utan en enda tagg (en zip-bomb?)`,
          `more than ${MAX_TEXT_RUN / (1024 * 1024)} MB of text without a single tag (a zip bomb?)`,
        ),
      });
    }
    feed(decoder.decode(chunk));
    if (done?.()) finished = true;
    return !finished;
  });
  if (finished) return;
  feed(decoder.end());
  parser.close();
}
