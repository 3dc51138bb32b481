/** The seal on the 20 000-action bench workbook: time to seal and to check, and the record's size. */
import { performance } from 'node:perf_hooks';
import { checkSeal, createSeal, sealToJson } from '../src/domain/seal';
import { readPlan } from '../src/domain/readPlan';
import { readSnapshotFromFile } from '../src/xlsx/file';
import { generateBenchWorkbook } from './generate';

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const { model } = readPlan(await readSnapshotFromFile(await generateBenchWorkbook(20_000)));
  const counts = { error: 0, warning: 0, info: 0 };
  await createSeal(model, counts, 'Anna Berg', '2011-12-31T14:05:00+01:00'); // warm-up
  const t0 = performance.now();
  const json = sealToJson(await createSeal(model, counts, 'Anna Berg', '2011-12-31T14:05:00+01:00'));
  const sealMs = performance.now() - t0;
  const t1 = performance.now();
  const check = await checkSeal(json, model);
  const checkMs = performance.now() - t1;
  if (check.state !== 'intact') throw new Error(`seal bench: expected an intact seal, got ${check.state}`);
  return [
    { name: 'seal: create, 20 000 actions', value: Math.round(sealMs), unit: 'ms' },
    { name: 'seal: check, 20 000 actions', value: Math.round(checkMs), unit: 'ms' },
    { name: 'seal: record size', value: Math.round(json.length / 1024), unit: 'kB' },
  ];
}
