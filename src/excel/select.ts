/** Going to a finding's cell: activate its sheet and select the cell or range — one sync. */
import { normalizeArea } from '../domain/highlightPlan';

export async function selectCell(sheet: string, cell: string): Promise<void> {
  const address = normalizeArea(cell);
  if (!address) throw new Error(`Ogiltig celladress: ${cell}`);
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
