/**
 * The one way the CLI writes a file. Whatever goes wrong (a full disk, a file size limit, Ctrl-C, a
 * kill), the target is either the old file, untouched, or the complete new one:
 *
 * - the data goes to a temporary file beside the target, `NAME.plankoll-<pid>-<random>.tmp`, is
 *   fsynced and then renamed over the target (a rename within a folder is atomic);
 * - the temporary file is removed on every failure and on SIGINT, SIGTERM and SIGHUP; one left by a
 *   killed run (SIGKILL, a power cut) is removed by the next run that touches the folder, once the
 *   process named in it is gone;
 * - a replaced file keeps its permissions (and, where the system allows, its owner and group);
 * - it refuses, with one line: an existing file other than the command's input unless `--force`, a
 *   read-only file or one the user may not write, a directory or device, and a symbolic link: it
 *   never writes through a link (the user gives the real file's path instead), because replacing
 *   the file a link points to, in another folder, is not what a command naming the link should do.
 *
 * `plankoll seal FILE` replaces its own input; every other target is new unless `--force`.
 */
import { constants, unlinkSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { access, link, lstat, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorText } from '../domain/errorText';
import { CliError } from './io';
import type { CliMessages } from './messages';
import { localize } from './messages';

export interface WriteTarget {
  /** The file to write. */
  readonly path: string;
  /** Replace an existing file even when it is not the input (`--force`). */
  readonly force: boolean;
  /** The file the command read: it may be replaced without `--force` (sealing in place). */
  readonly input?: string;
}

/** What to write: bytes, text (UTF-8), or a stream of chunks (a Node Readable is one). */
export type OutputData = Uint8Array | string | AsyncIterable<Uint8Array | string>;

/** A temporary file of ours: the target's name, the writer's pid, a random part. Older versions left `NAME.plankoll-<pid>.tmp`. */
const TEMP_NAME = /^.+\.plankoll-(\d+)(?:-[0-9a-f]+)?\.tmp$/;

type Reason = (m: CliMessages) => string;

function refusal(path: string, reason: Reason): CliError {
  return new CliError(localize((m) => m.cannotWrite(path, reason(m))));
}

/** A failed system call as the user's reason; an unknown one keeps its code as the technical detail. */
function reasonOf(e: unknown): Reason {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EEXIST':
      return (m) => m.exists;
    case 'ENOENT':
    case 'ENOTDIR':
      return (m) => m.noDirectory;
    case 'EACCES':
    case 'EPERM':
      return (m) => m.permissionDenied;
    case 'EISDIR':
      return (m) => m.isDirectory;
    case 'ENOSPC':
    case 'EDQUOT':
      return (m) => m.diskFull;
    case 'EFBIG':
      return (m) => m.tooLarge;
    case 'EROFS':
      return (m) => m.readOnlyFileSystem;
    default: {
      const detail = code ?? errorText(e);
      return (m) => m.unexpected(detail);
    }
  }
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

interface Plan {
  readonly path: string;
  readonly dir: string;
  /** The replaced file, or null for a new one. */
  readonly replaced: Stats | null;
}

async function isInput(target: Stats, input: string | undefined): Promise<boolean> {
  if (input === undefined) return false;
  const st = await stat(input).catch(() => null);
  return st !== null && st.dev === target.dev && st.ino === target.ino;
}

/** Decides whether `target.path` may be written, or throws the refusal. */
async function planWrite(target: WriteTarget): Promise<Plan> {
  const path = target.path;
  const dir = dirname(resolve(path));
  let st: Stats | null = null;
  try {
    st = await lstat(path);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw refusal(path, reasonOf(e));
  }
  if (st === null) {
    const folder = await stat(dir).catch(() => null);
    if (folder === null || !folder.isDirectory()) throw refusal(path, (m) => m.noDirectory);
    return { path, dir, replaced: null };
  }
  if (st.isSymbolicLink()) {
    const real = await realpath(path).catch(() => '?');
    throw refusal(path, (m) => m.symlink(real));
  }
  if (st.isDirectory()) throw refusal(path, (m) => m.isDirectory);
  if (!st.isFile()) throw refusal(path, (m) => m.notRegular);
  if (!target.force && !(await isInput(st, target.input))) throw refusal(path, (m) => m.exists);
  // No write bit for anyone is a file someone protected on purpose, even from the superuser.
  if ((st.mode & 0o222) === 0) throw refusal(path, (m) => m.readOnly);
  try {
    await access(path, constants.W_OK);
  } catch {
    // access() fails for one reason here (the file exists: its stat just succeeded): this user may not write it.
    throw refusal(path, (m) => m.permissionDenied);
  }
  return { path, dir, replaced: st };
}

/**
 * Checks that the target could be written, before a command spends time making the data. The write
 * itself checks again.
 */
export async function checkOutputFile(target: WriteTarget): Promise<void> {
  await planWrite(target);
}

// Temporary files being written now, removed synchronously if the process is told to stop.
const live = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeLiveSync(): void {
  for (const tmp of live) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone, or the folder became unwritable: nothing more can be done while stopping.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLiveSync();
  stopListening();
  // Die of the same signal, as the user asked (exit status 128 + n for the shell).
  process.kill(process.pid, signal);
}

function startListening(): void {
  if (live.size > 0) return;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeLiveSync);
}

function stopListening(): void {
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeLiveSync);
}

async function writeAll(handle: FileHandle, data: OutputData): Promise<void> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  for await (const chunk of data) await handle.writeFile(chunk);
}

/** Keeps the replaced file's owner and group where allowed (root, or a group the user is in), then its mode. */
async function keepAttributes(handle: FileHandle, replaced: Stats): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid !== replaced.uid || mine.gid !== replaced.gid) {
    await handle.chown(replaced.uid, replaced.gid).catch(() => handle.chown(-1, replaced.gid).catch(() => undefined));
  }
  await handle.chmod(replaced.mode & 0o7777);
}

/** Makes the new name durable too: fsync the folder (not possible everywhere; the data itself is already synced). */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/** Puts the finished temporary file in place: over the old file, or as a new name that must still be free. */
async function install(tmp: string, plan: Plan, force: boolean): Promise<void> {
  if (plan.replaced !== null || force) {
    await rename(tmp, plan.path);
    return;
  }
  // A new file without --force: link() fails if someone created the name meanwhile, where rename would replace it.
  try {
    await link(tmp, plan.path);
  } catch (e) {
    if (errorCode(e) === 'EEXIST') throw e;
    // A file system without hard links: check the name again, then rename.
    if ((await lstat(plan.path).catch(() => null)) !== null) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(tmp, plan.path);
    return;
  }
  await unlink(tmp);
}

/**
 * Writes `data` to `target.path` atomically (see the top of this file). Any refusal or failure is a
 * one-line CliError naming the file (exit 2); the old file, if any, is then unchanged.
 */
export async function writeOutputFile(target: WriteTarget, data: OutputData): Promise<void> {
  const plan = await planWrite(target);
  await removeStaleTemps(plan.dir);
  // node:crypto only here, when a file is written: loading it costs every run (validate too) some 30 ms.
  const { randomBytes } = await import('node:crypto');
  const tmp = join(plan.dir, `${basename(plan.path)}.plankoll-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  startListening();
  live.add(tmp);
  let handle: FileHandle | null = null;
  try {
    // A new file gets the usual mode (0666 less the umask); a replacement starts private and gets the old mode.
    handle = await open(tmp, 'wx', plan.replaced === null ? 0o666 : 0o600).catch((e: unknown) => {
      // The file itself may be writable, but a safe replacement needs a new file beside it.
      throw errorCode(e) === 'EACCES' || errorCode(e) === 'EPERM' ? refusal(plan.path, (m) => m.folderNotWritable) : e;
    });
    if (plan.replaced !== null) await keepAttributes(handle, plan.replaced);
    await writeAll(handle, data);
    await handle.sync();
    await handle.close();
    handle = null;
    await install(tmp, plan, target.force);
    live.delete(tmp);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    live.delete(tmp);
    throw e instanceof CliError ? e : refusal(plan.path, reasonOf(e));
  } finally {
    if (live.size === 0) stopListening();
  }
  await syncFolder(plan.dir);
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // EPERM: it exists, as another user's process.
    return errorCode(e) === 'ESRCH';
  }
}

/**
 * Removes temporary files that a killed plankoll left in `dir`: our naming, a regular file owned by
 * this user, and the process that wrote it is gone. Never fails: an unreadable folder is left alone.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const uid = process.getuid?.();
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || !processGone(pid)) continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => null);
    if (st === null || !st.isFile() || (uid !== undefined && st.uid !== uid)) continue;
    await unlink(path).catch(() => undefined);
  }
}
