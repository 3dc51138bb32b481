import type { CliIo } from '../io';
import { CliError } from '../io';

// Placeholder until the issue that owns `plankoll example` lands; not done.
export async function run(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new CliError('example: not available yet');
}
