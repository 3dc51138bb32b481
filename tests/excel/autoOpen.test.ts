/**
 * The office-js side of auto-open (src/excel/autoOpen.ts) over the typed fake host: the setting is set and
 * saved on sealing, removed and saved when turned off, read as Office gives it; one save per change and no
 * Excel.run at all (settings are the Common API's). A failed save is one line in the pane's language.
 */
import { AUTO_OPEN_SETTING } from '../../src/domain/autoOpen';
import { readAutoOpenFromOffice, writeAutoOpenToOffice } from '../../src/excel/autoOpen';
import { createExcelGateway } from '../../src/excel/gateway';
import { FakeExcelHost } from './fake/fakeExcel';
import { emptyWorkbook } from './fake/workbook';

describe('auto-open over office-js', () => {
  let host: FakeExcelHost;
  let uninstall: () => void;
  const open = (settings: Record<string, string> = {}): void => {
    const wb = emptyWorkbook();
    wb.settings = new Map(Object.entries(settings));
    host = new FakeExcelHost(wb);
    uninstall = host.install();
  };
  afterEach(() => uninstall());

  it('sets the setting to true and saves it into the document, once', async () => {
    open();
    expect(readAutoOpenFromOffice()).toBe(false);
    await writeAutoOpenToOffice(true);
    expect(host.wb.settings.get(AUTO_OPEN_SETTING)).toBe('true');
    expect(host.settingsSaves).toBe(1);
    expect(readAutoOpenFromOffice()).toBe(true);
    expect(host.syncs).toHaveLength(0);
    expect(host.runs).toBe(0);
  });

  it('removes it (not false) and saves, leaving other settings in the document', async () => {
    open({ [AUTO_OPEN_SETTING]: 'true', 'Plankoll.Other': '"kvar"' });
    expect(readAutoOpenFromOffice()).toBe(true);
    await writeAutoOpenToOffice(false);
    expect(host.wb.settings.has(AUTO_OPEN_SETTING)).toBe(false);
    expect(host.wb.settings.get('Plankoll.Other')).toBe('"kvar"');
    expect(host.settingsSaves).toBe(1);
    expect(readAutoOpenFromOffice()).toBe(false);
  });

  it('reads only JSON true as on', () => {
    open({ [AUTO_OPEN_SETTING]: '"true"' });
    expect(readAutoOpenFromOffice()).toBe(false);
  });

  it('through the gateway: a failed save is one line in the pane’s language, and the document keeps what it had', async () => {
    open();
    host.failNextSettingsSave = { name: 'Internal Error', message: 'An internal error has occurred.' };
    await expect(createExcelGateway('sv').setAutoOpen(true)).rejects.toThrow(
      'Kunde inte spara om Plankoll öppnas med arbetsboken: An internal error has occurred. (Internal Error)',
    );
    expect(host.wb.settings.has(AUTO_OPEN_SETTING)).toBe(false);
    expect(host.settingsSaves).toBe(0);
    await createExcelGateway('en').setAutoOpen(true);
    expect(await createExcelGateway('en').readAutoOpen()).toBe(true);
    expect(host.settingsSaves).toBe(1);
  });
});
