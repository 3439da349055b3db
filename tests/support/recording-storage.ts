import type { StorageLike } from '@/lib/quiz/progress';
import { memoryStorage } from './memory-storage';

/** In-memory Web Storage that also records every call that would change it, as "setItem key" or "removeItem key". */
export function recordingStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string>; writes: string[] } {
  const storage = memoryStorage(initial);
  const writes: string[] = [];
  return {
    data: storage.data,
    writes,
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      writes.push(`setItem ${key}`);
      storage.setItem(key, value);
    },
    removeItem: (key) => {
      writes.push(`removeItem ${key}`);
      storage.removeItem(key);
    },
  };
}
