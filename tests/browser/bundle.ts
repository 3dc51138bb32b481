/** The scripts dist/taskpane.html loads (office.js from the CDN aside), with their gzipped size. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './chromium';

export interface PageScript {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export async function pageScripts(page: string): Promise<PageScript[]> {
  const html = await readFile(join(DIST, page), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  return Promise.all(
    srcs.map(async (file) => {
      const body = await readFile(join(DIST, file));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
}

export function taskpaneScripts(): Promise<PageScript[]> {
  return pageScripts('taskpane.html');
}
