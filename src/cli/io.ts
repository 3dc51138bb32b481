/** What a CLI command may touch besides files: output streams and the clock. Injected so tests can capture them. */
import type { Lang } from '../domain/finding';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Today's date, ISO `YYYY-MM-DD`. */
  readonly today: string;
  /**
   * Waits until everything written to `out` has reached its destination and says whether it failed
   * (a full disk, a closed pipe). Absent for captured output, which cannot fail.
   */
  readonly flush?: () => Promise<OutputFailure | null>;
}

/** Why standard output could not be written. `closedPipe` is a reader that stopped reading (`| head`). */
export interface OutputFailure {
  readonly code: string;
  readonly closedPipe: boolean;
}

/** Exit codes (SPEC §5). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A user-visible text in each language the CLI speaks. */
export type Localized = Readonly<Record<Lang, string>>;

/**
 * A usage or input problem: reported as one line on stderr with exit code 2, in the language of
 * `--lang`. A plain string is the same in both languages (a path, or text from a lower layer).
 */
export class CliError extends Error {
  readonly text: Localized;

  constructor(text: Localized | string, options?: { cause?: unknown }) {
    const localized = typeof text === 'string' ? { sv: text, en: text } : text;
    super(localized.en, options);
    this.name = 'CliError';
    this.text = localized;
  }
}
