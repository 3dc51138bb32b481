/**
 * The summary's guard (SPEC §3): a workbook without the plan's required sheets or tables (S001) has no plan
 * to summarize, so *Skapa sammanfattning* — in the pane and on the ribbon — says so and writes nothing,
 * instead of a summary of "(namnlös plan)" with 0 kr. The CLI's `summary` and `report` refuse alike.
 */
import type { Finding, Lang } from '../finding';

/** The required plan objects a validation found missing (its S001 findings), in order; empty for a plan. */
export function missingPlanObjects(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.code === 'S001').map((f) => f.sheet))];
}

/** Thrown before anything is written when the workbook is not a plan; the message is for the user. */
export class NotAPlanError extends Error {
  override readonly name = 'NotAPlanError';

  constructor(
    readonly missing: readonly string[],
    lang: Lang,
  ) {
    super(
      lang === 'sv'
        ? `Arbetsboken saknar handlingsplanens blad eller tabeller: ${missing.join(', ')}. Ingen sammanfattning har skrivits. Öppna handlingsplanen och försök igen, eller välj Ny handlingsplan för att börja en.`
        : `The workbook lacks the action plan's sheets or tables: ${missing.join(', ')}. No summary was written. Open the action plan and try again, or choose New action plan to start one.`,
    );
  }
}
