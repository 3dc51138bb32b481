/**
 * The process's standard output and error as a CliIo. A write that fails (a full disk, a closed
 * pipe) is remembered, and `flush()` reports it once everything written has been handed over, so
 * main.ts can turn it into exit 2 with one line on stderr.
 */
import { localIsoDate } from '../domain/dates';
import type { CliIo, OutputFailure } from './io';

export function processIo(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): CliIo {
  let failure: OutputFailure | null = null;
  const remember = (e: Error | null | undefined): void => {
    if (e && failure === null) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      failure = { code, closedPipe: code === 'EPIPE' };
    }
  };
  // An 'error' event without a listener would crash the process; the failure is reported by flush().
  stdout.on('error', remember);
  // A failing stderr cannot be reported anywhere; it must not crash the run either.
  stderr.on('error', () => undefined);
  return {
    out: (text) => {
      if (failure === null) stdout.write(text, remember);
    },
    err: (text) => {
      stderr.write(text);
    },
    today: localIsoDate(new Date()),
    flush: () =>
      new Promise((resolve) => {
        if (failure !== null || stdout.destroyed) {
          resolve(failure ?? { code: 'EPIPE', closedPipe: true });
          return;
        }
        stdout.write('', (e) => {
          remember(e);
          resolve(failure);
        });
      }),
  };
}
