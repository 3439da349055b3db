import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { freshImport } from '../support/fresh-import';
import { memoryStorage } from '../support/memory-storage';

/** Runs the theme script as a browser would before first paint, with this storage and system preference. */
async function boot(saved: Record<string, string>, systemDark: boolean) {
  const { THEME_BOOT_SCRIPT, THEME_STORAGE_KEY } = await freshImport(() => import('@/lib/theme'));
  const storage = memoryStorage(saved);
  const classes = new Set<string>();
  const root = {
    classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    style: { colorScheme: '' },
  };
  runInNewContext(THEME_BOOT_SCRIPT, {
    localStorage: storage,
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
    document: { documentElement: root },
  });
  return {
    dark: classes.has('dark'),
    colorScheme: root.style.colorScheme,
    stored: storage.data.get(THEME_STORAGE_KEY),
    key: THEME_STORAGE_KEY,
  };
}

describe('the theme script that runs before first paint', () => {
  it('applies a saved choice over the system preference', async () => {
    const { key } = await boot({}, false);
    expect(await boot({ [key]: 'dark' }, false)).toMatchObject({ dark: true, colorScheme: 'dark', stored: 'dark' });
    expect(await boot({ [key]: 'light' }, true)).toMatchObject({ dark: false, colorScheme: 'light', stored: 'light' });
  });

  it('follows the system preference when nothing is saved', async () => {
    expect(await boot({}, true)).toMatchObject({ dark: true, colorScheme: 'dark' });
    expect(await boot({}, false)).toMatchObject({ dark: false, colorScheme: 'light' });
  });

  it('removes a saved value that is neither theme and falls back to the system preference', async () => {
    const { key } = await boot({}, false);
    expect(await boot({ [key]: '<script>' }, true)).toEqual({ dark: true, colorScheme: 'dark', stored: undefined, key });
  });

  it('keeps its choice under a key of its own', async () => {
    const { key } = await boot({}, false);
    expect(key).toMatch(/^field-guide-/);
    expect(await boot({ other: 'dark' }, false)).toMatchObject({ dark: false });
  });
});
