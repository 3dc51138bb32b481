/** What a CLI command may touch besides files: output streams and the clock. Injected so tests can capture them. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Today's date, ISO `YYYY-MM-DD`. */
  readonly today: string;
}

/** Exit codes (SPEC §5). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage or input problem: reported as one line on stderr with exit code 2. */
export class CliError extends Error {}
