/**
 * Small things the pane remembers between sessions (which finding groups are folded), behind an interface
 * so tests can give their own. In the pane it is localStorage; storage can be blocked (private mode,
 * policies), and then the pane simply forgets, which is the only consequence, so no error is shown.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export const browserStore: KeyValueStore = {
  get(key) {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      // Blocked storage: nothing remembered (see above).
      return null;
    }
  },
  set(key, value) {
    try {
      globalThis.localStorage?.setItem(key, value);
    } catch {
      // Blocked storage: see above.
    }
  },
};

/** A store that lives as long as the object: for tests, and where nothing should outlive the page. */
export function memoryStore(initial: Readonly<Record<string, string>> = {}): KeyValueStore & { readonly entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    get: (key) => entries.get(key) ?? null,
    set: (key, value) => void entries.set(key, value),
  };
}
