/** Workbooks for the seal's file tests: the example plan written by the project's own writer. */
import JSZip from 'jszip';
import { examplePlanWorkbook } from '../../src/domain/example';
import { writePlanXlsx } from '../../src/xlsx/writePlan';

export async function exampleXlsx(): Promise<Uint8Array> {
  return writePlanXlsx(examplePlanWorkbook());
}

/** Every file entry's bytes (directories left out). */
export async function entries(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

export function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

/** Replaces one entry's text (as another tool editing the package at the XML level would). */
export async function editEntry(data: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(name);
  if (file === null) throw new Error(`no ${name}`);
  const before = await file.async('string');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${name} changed nothing`);
  zip.file(name, after);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
