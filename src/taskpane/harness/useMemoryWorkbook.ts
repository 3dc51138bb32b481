/** Re-renders a view whenever the in-memory workbook changes (writes, marks, selection, active sheet). */
import { useCallback, useSyncExternalStore } from 'react';
import type { MemoryGateway } from './memoryGateway';

export function useMemoryWorkbook(gateway: MemoryGateway): number {
  const subscribe = useCallback((listener: () => void) => gateway.subscribe(listener), [gateway]);
  return useSyncExternalStore(subscribe, () => gateway.version);
}
