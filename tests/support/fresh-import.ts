import { vi } from 'vitest';

/**
 * A module evaluated anew inside the calling test. Constants a module computes when it loads (an
 * alphabet, a regular expression, a word list) are then built during the test itself, so a test of
 * them notices when they are built wrong, not only the first test file that happened to load them.
 */
export async function freshImport<Module>(load: () => Promise<Module>): Promise<Module> {
  vi.resetModules();
  return load();
}
