/**
 * `plankoll diff OLD NEW [--json]`: what changed between two workbooks' plans, in the seal's terms (SPEC §5):
 * by key (action ID, municipality, role, goal), never by cell position, so layout, header language, column
 * order, tables vs ranges and formatting are not changes. Governing changes first. Exit 0 no change, 1
 * changes, 2 an unreadable file or wrong usage.
 */
import { readPlan } from '../../domain/readPlan';
import { diffPlans } from '../../domain/seal/diffPlans';
import { readSnapshotFromFile } from '../../xlsx/file';
import { changesJson, changesText } from '../changeReport';
import { safeJson, textLines } from '../escape';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import { nodeSha256 } from '../nodeHash';
import type { CommandArgs, CommandContext } from '../spec';

export async function run(args: CommandArgs, { io, lang }: CommandContext): Promise<number> {
  const [oldFile, newFile] = args.operands;
  const older = readPlan(await readSnapshotFromFile(oldFile)).model;
  const newer = readPlan(await readSnapshotFromFile(newFile)).model;
  const diff = diffPlans(older, newer, nodeSha256);
  const count = diff.changes.length + diff.added.length + diff.removed.length + diff.reordered.length;
  if (args.has('json')) {
    io.out(safeJson({ old: oldFile, new: newFile, ...changesJson(diff, lang) }));
  } else {
    const head =
      count === 0
        ? lang === 'sv' ? `${oldFile} → ${newFile}: inga ändringar i planen` : `${oldFile} → ${newFile}: no changes to the plan`
        : lang === 'sv' ? `${oldFile} → ${newFile}: planen har ändrats` : `${oldFile} → ${newFile}: the plan has changed`;
    io.out(textLines([head, ...(count === 0 ? [] : changesText(diff, lang))]));
  }
  return count === 0 ? EXIT_OK : EXIT_FINDINGS;
}
