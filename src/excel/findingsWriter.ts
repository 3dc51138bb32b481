/**
 * *Skriv till blad*: the findings on the add-in's own `Avvikelser` sheet (SPEC §6: only sheets the add-in
 * owns are written). The table and where it goes are the domain's (`findingsSheetLayout`,
 * `chooseSheetTarget`); writing is the summary writer's, with another owner marker: the worksheet-scoped
 * name `Plankoll_Avvikelser`. So a user's own sheet called Avvikelser is never touched (the findings go to
 * `Avvikelser (2)`), the add-in's sheet is replaced in place when written again, text cells get the text
 * format `@` before their values (a message or value starting with `=` stays text), and it takes three
 * syncs whatever the number of findings.
 */
import type { WriteResult } from '../domain/gateway';
import type { SheetLayout } from '../domain/summary/layout';
import type { SheetOwner } from './summaryWriter';
import { writeOwnedSheet } from './summaryWriter';

export const FINDINGS_OWNER: SheetOwner = {
  marker: 'Plankoll_Avvikelser',
  comment: 'Plankoll: bladet skapades av tillägget och ersätts när avvikelserna skrivs till blad igen.',
};

export function writeFindingsSheet(layout: SheetLayout): Promise<WriteResult> {
  return writeOwnedSheet(layout, FINDINGS_OWNER);
}
