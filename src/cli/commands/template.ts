import type { CliIo } from '../io';
import { CliError } from '../io';

// Placeholder until the issue that owns `plankoll template` lands; not done.
export async function run(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new CliError('template: not available yet');
}
