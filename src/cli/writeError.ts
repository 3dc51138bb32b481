/** A failed write of an output file, as one clear line (SPEC §5: exit 2, no stack trace). */
import { CliError } from './io';

export function cannotWrite(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EEXIST' ? 'the file exists (use --force to replace it)'
    : code === 'ENOENT' ? 'no such directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a directory'
    : e instanceof Error ? e.message
    : String(e);
  return new CliError(`cannot write ${path}: ${why}`);
}
