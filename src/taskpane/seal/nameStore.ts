/** Where the controller's name is remembered between sessions (host-free: localStorage by default). */

export interface NameStore {
  get(): string | null;
  set(value: string): void;
}

const KEY = 'plankoll.sealName';

/**
 * localStorage, when the page may use it. Storage can be blocked (private mode, policies): then the
 * name is simply asked for again next time, which is the only consequence, so the error is not shown.
 */
export const localNameStore: NameStore = {
  get() {
    try {
      const v = globalThis.localStorage?.getItem(KEY);
      return v !== null && v !== undefined && v.trim() !== '' ? v : null;
    } catch {
      // Blocked storage: the name is asked for again (see above).
      return null;
    }
  },
  set(value) {
    try {
      globalThis.localStorage?.setItem(KEY, value);
    } catch {
      // Blocked storage: see above.
    }
  },
};
