/**
 * The document's settings in the fake host (`Office.context.document.settings`, Common API Settings 1.1),
 * where auto-open lives (src/excel/autoOpen.ts). As in Office: the add-in works on its own copy, loaded
 * when it starts; `set` and `remove` change only that copy; `saveAsync` stores the copy in the document
 * (the workbook's `settings`) and calls back with an AsyncResult. Values are kept as Office keeps them,
 * JSON-encoded, so what is saved is what the file would hold. Every save is counted on the host.
 */
import type { Faithful } from './core';
import type { FakeWorkbookData } from './workbook';

export interface SettingsHost {
  readonly wb: FakeWorkbookData;
  /** Completed `saveAsync` calls. */
  settingsSaves: number;
  /** When set, the next `saveAsync` fails with this Office error (then it is cleared). */
  failNextSettingsSave: { name: string; message: string } | null;
}

export class FakeSettings implements Faithful<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'> {
  private readonly copy: Map<string, string>;

  constructor(private readonly host: SettingsHost) {
    this.copy = new Map(host.wb.settings);
  }

  get(name: string): unknown {
    const text = this.copy.get(name);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  }

  set(name: string, value: unknown): void {
    this.copy.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.copy.delete(name);
  }

  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    const failure = this.host.failNextSettingsSave;
    this.host.failNextSettingsSave = null;
    if (failure === null) {
      this.host.wb.settings = new Map(this.copy);
      this.host.settingsSaves++;
    }
    const result = {
      status: failure === null ? 'succeeded' : 'failed',
      value: undefined,
      error: failure === null ? undefined : { name: failure.name, message: failure.message, code: 5001 },
    } as unknown as Office.AsyncResult<void>;
    // Office calls back later, never inside the call.
    setTimeout(() => callback?.(result), 0);
  }
}
