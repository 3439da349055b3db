import { describe, expect, it } from 'vitest';
import { formatLinkErrors, validateDataLinks, validateLinks, type LinkTargetPage } from '../support/links';

const networking: LinkTargetPage = {
  file: 'content/docs/ecs/task-networking.mdx',
  url: '/docs/ecs/task-networking/',
  content: '---\ntitle: x\n---\n\n## Awsvpc mode [#awsvpc-mode]\n\nText.\n',
  anchors: new Set(['awsvpc-mode']),
};

function page(content: string): LinkTargetPage {
  return { file: 'content/docs/fixture.mdx', url: '/docs/fixture/', content, anchors: new Set(['local']) };
}

describe('link validation', () => {
  it('accepts links to existing pages, anchors and local ids', async () => {
    const fixture = page(
      'See [awsvpc](/docs/ecs/task-networking/#awsvpc-mode), [the page](/docs/ecs/task-networking/) and [here](#local).\n',
    );
    expect(await validateLinks([networking, fixture])).toEqual([]);
  });

  it('reports a broken page link with file, line and target', async () => {
    const fixture = page('Intro.\n\nSee [networking](/docs/ecs/no-such-page/).\n');
    const message = formatLinkErrors(await validateLinks([networking, fixture]));
    expect(message).toBe('content/docs/fixture.mdx:3: broken link /docs/ecs/no-such-page/ (no page at /docs/ecs/no-such-page/)');
  });

  it('reports a broken #anchor with file, line and target', async () => {
    const fixture = page('---\ntitle: t\n---\n\nOne.\n\nTwo [bridge](/docs/ecs/task-networking/#bridge-mode).\n');
    const [error] = await validateLinks([networking, fixture]);
    expect(error).toMatchObject({ file: 'content/docs/fixture.mdx', line: 7, target: '/docs/ecs/task-networking/#bridge-mode' });
    expect(error.reason).toContain('no element with id "bridge-mode"');
  });

  it('checks links inside component props and same-page anchors', async () => {
    const fixture = page('<Card href="/docs/missing/" />\n\n[up](#nowhere)\n');
    const errors = await validateLinks([networking, fixture]);
    expect(errors.map((error) => [error.line, error.target])).toEqual([
      [1, '/docs/missing/'],
      [3, '#nowhere'],
    ]);
  });

  it('enforces the trailing-slash URL style and absolute links', async () => {
    const fixture = page('[a](/docs/ecs/task-networking) [b](./other.mdx)\n');
    const reasons = (await validateLinks([networking, fixture])).map((error) => error.reason);
    expect(reasons[0]).toContain('missing trailing slash');
    expect(reasons[1]).toContain('relative links are not allowed');
  });

  it('checks links kept in data, naming the entry', async () => {
    const problems = await validateDataLinks(
      [
        { label: 'q-good', href: '/docs/ecs/task-networking/#awsvpc-mode' },
        { label: 'q-bad', href: '/docs/ecs/task-networking/#host-mode' },
      ],
      [networking],
    );
    expect(problems).toEqual([
      'q-bad: /docs/ecs/task-networking/#host-mode (/docs/ecs/task-networking/ has no element with id "host-mode")',
    ]);
  });
});
