import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { ROOT_PATH } from '@/lib/search/index-format';

const { root, files } = buildSearchIndex(
  [
    {
      url: '/docs/ecs/task-networking/',
      title: 'ECS task networking',
      structuredData: {
        headings: [{ id: 'awsvpc-mode', content: 'awsvpc mode' }],
        contents: [{ heading: 'awsvpc-mode', content: 'Each task gets its own ENI.' }],
      },
    },
  ],
  { shardTargetCharacters: 1 },
);

/** A fetch that serves the index under `prefix` and records every URL asked for. */
function serveIndex(prefix: string) {
  const requested: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    requested.push(url);
    const path = url.startsWith(prefix) ? url.slice(prefix.length) : url;
    const file = path === ROOT_PATH ? root : files.get(path);
    return file ? Response.json(file) : new Response('not found', { status: 404 });
  });
  return { fetch, requested };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the search client in the browser', () => {
  it('fetches every index file under NEXT_PUBLIC_BASE_PATH', async () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/guide');
    const server = serveIndex('/guide');
    vi.stubGlobal('fetch', server.fetch);
    const { loadSearchEngine } = await import('@/lib/search/client');
    const engine = await loadSearchEngine();
    const [hit] = await engine.search('awsvpc');
    expect((await engine.result(hit)).url).toBe('/docs/ecs/task-networking/#awsvpc-mode');
    expect(server.requested.length).toBeGreaterThanOrEqual(3);
    expect(server.requested.filter((url) => !url.startsWith('/guide/'))).toEqual([]);
  });

  it('opens the engine once per page, and tries again after a failed load', async () => {
    const server = serveIndex('');
    let offline = true;
    vi.stubGlobal('fetch', (url: string) => (offline ? Promise.resolve(new Response('', { status: 503 })) : server.fetch(url)));
    const { loadSearchEngine } = await import('@/lib/search/client');
    await expect(loadSearchEngine()).rejects.toThrow('HTTP 503');
    offline = false;
    const engine = await loadSearchEngine();
    expect(await loadSearchEngine()).toBe(engine);
    expect(server.requested).toEqual([ROOT_PATH]);
  });
});
