/**
 * The CLI never loses a file (SPEC §6): the one write path (src/cli/write.ts) in-process, and the real
 * launcher under a file size limit, killed in the middle of a write, as another user, and with a full or
 * closed standard output.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../src/cli/io';
import { removeStaleTemps, writeOutputFile } from '../../src/cli/write';
import { BIN, ensureBuilt } from './bin';
import { CLEAN, ROOT, runCli, WITH_PROBLEMS } from './run';

beforeAll(ensureBuilt, 120_000);

const TEMP = /\.plankoll-\d+(-[0-9a-f]+)?\.tmp$/;
const STALL = join(__dirname, 'stallWrite.cjs');

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'plankoll-write-'));
}

function temps(dir: string): string[] {
  return readdirSync(dir).filter((f) => TEMP.test(f));
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

function copyOf(dir: string, source: string, name = 'plan.xlsx'): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(source));
  return path;
}

/** The message of a CliError in Swedish, or fails. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CliError) return e.text.sv;
    throw e;
  }
  throw new Error('expected a refusal');
}

function plankoll(args: readonly string[], options: { stdout?: number; shell?: string; uid?: number } = {}): SpawnSyncReturns<string> {
  const stdio: ['ignore', number | 'pipe', 'pipe'] = ['ignore', options.stdout ?? 'pipe', 'pipe'];
  const owner = options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {};
  if (options.shell !== undefined) {
    return spawnSync('sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', stdio, ...owner });
  }
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', stdio, ...owner });
}

function oneLine(stderr: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('writeOutputFile', () => {
  it('writes a new file with the usual mode and leaves no temporary file', async () => {
    const dir = freshDir();
    const path = join(dir, 'ny.txt');
    await writeOutputFile({ path, force: false }, 'hej');
    expect(readFileSync(path, 'utf8')).toBe('hej');
    expect(mode(path)).toBe(0o666 & ~process.umask());
    expect(temps(dir)).toEqual([]);
  });

  it('writes a stream of chunks (a PDF or a zip being made)', async () => {
    const dir = freshDir();
    const path = join(dir, 'rapport.pdf');
    async function* chunks(): AsyncGenerator<Uint8Array | string> {
      yield '%PDF-1.7\n';
      yield new Uint8Array(100_000).fill(65);
    }
    await writeOutputFile({ path, force: false }, chunks());
    expect(statSync(path).size).toBe(9 + 100_000);
  });

  it('leaves the old file as it was and no temporary file when the data fails half-way', async () => {
    const dir = freshDir();
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, 'gammal');
    async function* broken(): AsyncGenerator<string> {
      yield 'halv';
      throw new Error('renderer crashed');
    }
    expect(await refusal(writeOutputFile({ path, force: true }, broken()))).toMatch(/^kan inte skriva .*plan\.xlsx: ett oväntat fel \(renderer crashed\)$/);
    expect(readFileSync(path, 'utf8')).toBe('gammal');
    expect(temps(dir)).toEqual([]);
  });

  it('never replaces an existing file other than the input without --force', async () => {
    const dir = freshDir();
    const other = join(dir, 'annan.xlsx');
    writeFileSync(other, 'någons plan');
    expect(await refusal(writeOutputFile({ path: other, force: false }, 'ny'))).toMatch(/filen finns redan \(ersätt den med --force\)$/);
    expect(readFileSync(other, 'utf8')).toBe('någons plan');
    await writeOutputFile({ path: other, force: false, input: other }, 'förseglad');
    expect(readFileSync(other, 'utf8')).toBe('förseglad');
    await writeOutputFile({ path: other, force: true }, 'ersatt');
    expect(readFileSync(other, 'utf8')).toBe('ersatt');
  });

  it.each([['600', 0o600], ['640', 0o640], ['604', 0o604], ['755', 0o755]])('keeps the replaced file’s mode %s', async (_octal, m) => {
    const dir = freshDir();
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, 'gammal');
    chmodSync(path, m);
    await writeOutputFile({ path, force: true }, 'ny');
    expect(mode(path)).toBe(m);
    expect(readFileSync(path, 'utf8')).toBe('ny');
  });

  it('refuses a read-only file, even with --force and even for the superuser', async () => {
    const dir = freshDir();
    const path = join(dir, 'låst.xlsx');
    writeFileSync(path, 'låst');
    chmodSync(path, 0o444);
    expect(await refusal(writeOutputFile({ path, force: true, input: path }, 'ny'))).toMatch(/: filen är skrivskyddad$/);
    expect(readFileSync(path, 'utf8')).toBe('låst');
  });

  it('refuses a symbolic link and leaves the link and its file alone', async () => {
    const dir = freshDir();
    const real = join(dir, 'riktig.xlsx');
    const link = join(dir, 'länk.xlsx');
    writeFileSync(real, 'riktig');
    symlinkSync(real, link);
    expect(await refusal(writeOutputFile({ path: link, force: true, input: link }, 'ny'))).toBe(
      `kan inte skriva ${link}: det är en symbolisk länk (till ${real}); plankoll skriver inte genom länkar, ange filens egen sökväg`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('riktig');
  });

  it('refuses a directory, a device and a missing folder', async () => {
    const dir = freshDir();
    expect(await refusal(writeOutputFile({ path: dir, force: true }, 'x'))).toMatch(/: det är en mapp$/);
    expect(await refusal(writeOutputFile({ path: '/dev/null', force: true }, 'x'))).toMatch(/: det är ingen vanlig fil$/);
    expect(await refusal(writeOutputFile({ path: join(dir, 'saknas', 'x.xlsx'), force: true }, 'x'))).toMatch(/: mappen finns inte$/);
  });

  it('removes temporary files of dead plankoll processes, and only those', async () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const names = {
      stale: `plan.xlsx.plankoll-${dead}-0a1b2c3d.tmp`,
      staleOldName: `plan.xlsx.plankoll-${dead}.tmp`,
      running: `plan.xlsx.plankoll-${process.ppid}-0a1b2c3d.tmp`,
      mine: `plan.xlsx.plankoll-${process.pid}-0a1b2c3d.tmp`,
      notOurs: `plan.xlsx.${dead}.tmp`,
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    await removeStaleTemps(dir);
    expect(readdirSync(dir).sort()).toEqual([names.running, names.mine, names.notOurs].sort());
  });
});

describe('plankoll writes through the one write path', () => {
  it('seal in place keeps a private file private (mode 600)', async () => {
    const dir = freshDir();
    const file = copyOf(dir, CLEAN);
    chmodSync(file, 0o600);
    expect((await runCli(['seal', file, '--by', 'Anna Berg'])).code).toBe(0);
    expect(mode(file)).toBe(0o600);
    expect((await runCli(['verify', file])).code).toBe(0);
  });

  it('seal -o OTHER, example and template need --force to replace another file', async () => {
    const dir = freshDir();
    const file = copyOf(dir, CLEAN);
    const other = join(dir, 'annan.xlsx');
    for (const argv of [['seal', file, '--by', 'A', '-o', other], ['example', '-o', other], ['template', '-o', other]]) {
      writeFileSync(other, 'någons plan');
      const r = await runCli(argv);
      expect(r).toMatchObject({ code: 2, out: '' });
      expect(r.err).toBe(`plankoll ${argv[0]}: kan inte skriva ${other}: filen finns redan (ersätt den med --force)\n`);
      expect(readFileSync(other, 'utf8')).toBe('någons plan');
      expect((await runCli([...argv, '--force'])).code).toBe(0);
      expect(readFileSync(other).subarray(0, 2).toString()).toBe('PK');
    }
    expect(temps(dir)).toEqual([]);
  });

  it('seal refuses a symbolic link: one line, exit 2, link and workbook unchanged', async () => {
    const dir = freshDir();
    const real = copyOf(dir, CLEAN);
    const before = readFileSync(real);
    const link = join(dir, 'genväg.xlsx');
    symlinkSync(real, link);
    const r = await runCli(['seal', link, '--by', 'A', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`plankoll seal: cannot write ${link}: it is a symbolic link (to ${real}); plankoll does not write through links, give the file's own path\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(before)).toBe(true);
    // The real path works.
    expect((await runCli(['seal', real, '--by', 'A'])).code).toBe(0);
  });
});

describe('node bin/plankoll.js when writing fails', () => {
  it('under a file size limit (ulimit -f): exit 2, one line, the old file unchanged, no temporary file', () => {
    const dir = freshDir();
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, 'den gamla planen');
    const r = plankoll(['example', '-o', file, '--force'], { shell: 'ulimit -f 8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`plankoll example: kan inte skriva ${file}: filen blir större än vad som tillåts (filstorleksgräns)\n`);
    expect(readFileSync(file, 'utf8')).toBe('den gamla planen');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
    // Sealing in place under the same limit.
    const workbook = copyOf(dir, CLEAN, 'arbetsbok.xlsx');
    const before = readFileSync(workbook);
    expect(plankoll(['seal', workbook, '--by', 'A'], { shell: 'ulimit -f 8' }).status).toBe(2);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  /** Starts `seal FILE` in place, stalled after writing its temporary file; resolves once it is. */
  function stalledSeal(file: string): Promise<ReturnType<typeof spawn>> {
    const child = spawn(process.execPath, ['-r', STALL, BIN, 'seal', file, '--by', 'Anna Berg'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('STALLED')) resolve(child);
      });
      child.on('exit', () => reject(new Error(`seal ended before stalling: ${err}`)));
    });
  }

  function exited(child: ReturnType<typeof spawn>): Promise<NodeJS.Signals | null> {
    return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.signalCode) : child.on('exit', (_c, s) => resolve(s))));
  }

  it('after SIGKILL mid-write the workbook is intact, and the next run removes the temporary file', async () => {
    const dir = freshDir();
    const file = copyOf(dir, CLEAN);
    const before = readFileSync(file);
    const child = await stalledSeal(file);
    expect(temps(dir)).toHaveLength(1); // caught in the middle of the write
    child.kill('SIGKILL');
    expect(await exited(child)).toBe('SIGKILL');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(temps(dir)).toHaveLength(1); // nothing can clean up after SIGKILL ...
    const next = plankoll(['verify', file]);
    expect(next.status).toBe(1); // ... not sealed, as before
    expect(temps(dir)).toEqual([]); // ... until the next run
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('on %s mid-write the temporary file is removed at once and the workbook is intact', async (signal) => {
    const dir = freshDir();
    const file = copyOf(dir, CLEAN);
    const before = readFileSync(file);
    const child = await stalledSeal(file);
    child.kill(signal);
    expect(await exited(child)).toBe(signal);
    expect(temps(dir)).toEqual([]);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  // As root, the CLI runs as nobody (65534), where nobody can read the checkout (not, say, under /root).
  const NOBODY = 65534;
  const nobodyCanRun =
    process.getuid?.() === 0 &&
    spawnSync(process.execPath, ['-e', 'for (const p of process.argv.slice(1)) require("fs").accessSync(p, 4)', BIN, require.resolve('exceljs')], {
      uid: NOBODY,
      gid: NOBODY,
    }).status === 0;
  const asAnotherUser = nobodyCanRun ? it : it.skip;
  asAnotherUser('as another user, refuses to replace a file that user may not write, even in a folder they may write', () => {
    const dir = freshDir();
    chmodSync(dir, 0o777);
    const file = copyOf(dir, CLEAN);
    chmodSync(file, 0o644);
    const before = readFileSync(file);
    const r = plankoll(['seal', file, '--by', 'Mallory'], { uid: NOBODY });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`plankoll seal: kan inte skriva ${file}: behörighet saknas\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).uid).toBe(0);
    expect(temps(dir)).toEqual([]);
  });
  asAnotherUser('as another user, a file they may write in a folder they may not: refused, since the file could only be rewritten in place', () => {
    const dir = freshDir();
    chmodSync(dir, 0o755);
    const file = copyOf(dir, CLEAN);
    chmodSync(file, 0o666);
    const before = readFileSync(file);
    const r = plankoll(['seal', file, '--by', 'Mallory'], { uid: NOBODY });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`plankoll seal: kan inte skriva ${file}: mappen är skrivskyddad (plankoll skriver först en tillfällig fil bredvid filen)\n`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(temps(dir)).toEqual([]);
  });
});

describe('node bin/plankoll.js when standard output fails', () => {
  let sealed: string;
  beforeAll(async () => {
    sealed = copyOf(freshDir(), CLEAN);
    expect((await runCli(['seal', sealed, '--by', 'Anna Berg'])).code).toBe(0);
  });

  it.each([
    [['summary', CLEAN, '--json']],
    [['validate', CLEAN]],
    [['validate', WITH_PROBLEMS, '--json']],
    [['verify', '<sealed>']],
    [['--help']],
  ])('%j > /dev/full: exit 2 and one line on stderr', (argv) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = plankoll(argv.map((a) => (a === '<sealed>' ? sealed : a)), { stdout: full });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('plankoll: kan inte skriva till standard output: disken är full (eller kvoten är slut)\n');
      oneLine(r.stderr);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that stops reading (| head) is not an error: the exit code stays, stderr stays empty', async () => {
    const child = spawn(process.execPath, [BIN, 'validate', WITH_PROBLEMS, '--json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(err).toBe('');
  });
});

describe('temporary files', () => {
  it('none is left beside the output after any command above', () => {
    expect(existsSync(join(ROOT, 'examples')) && temps(join(ROOT, 'examples'))).toEqual([]);
  });
});
