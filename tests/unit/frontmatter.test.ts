import { describe, expect, it } from 'vitest';
import { docsPageSchema } from '@/lib/frontmatter';

const source = { id: 'ecs-guide', title: 'Amazon ECS developer guide', url: 'https://docs.aws.amazon.com/ecs/', checked: '2026-11-01' };
const page = {
  title: 'Task networking',
  description: 'How tasks get their network interfaces.',
  lastReviewed: '2026-11-01',
  sources: [source],
};

/** The paths of the fields a frontmatter value fails on; empty when it passes. */
function failures(value: unknown): string[] {
  const result = docsPageSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.') || '(page)');
}

describe('the frontmatter rules', () => {
  it('accept a complete page, with or without a short sidebar label', () => {
    expect(failures(page)).toEqual([]);
    expect(failures({ ...page, navTitle: 'N'.repeat(40) })).toEqual([]);
  });

  it('hold the description between 20 and 200 characters, after trimming', () => {
    expect(failures({ ...page, description: 'D'.repeat(20) })).toEqual([]);
    expect(failures({ ...page, description: 'D'.repeat(200) })).toEqual([]);
    expect(failures({ ...page, description: 'D'.repeat(19) })).toEqual(['description']);
    expect(failures({ ...page, description: ` ${'D'.repeat(19)} ` })).toEqual(['description']);
    expect(failures({ ...page, description: 'D'.repeat(201) })).toEqual(['description']);
  });

  it('refuse an empty title, a long sidebar label and dates that are not ISO dates', () => {
    expect(failures({ ...page, title: '   ' })).toEqual(['title']);
    expect(failures({ ...page, navTitle: 'N'.repeat(41) })).toEqual(['navTitle']);
    expect(failures({ ...page, lastReviewed: '1 Nov 2026' })).toEqual(['lastReviewed']);
    expect(failures({ ...page, sources: [{ ...source, checked: '2026-13-01' }] })).toEqual(['sources.0.checked']);
  });

  it('want at least one source, each https, kebab-case, titled, and no id twice', () => {
    expect(failures({ ...page, sources: [] })).toEqual(['sources']);
    expect(failures({ ...page, sources: [{ ...source, url: 'http://docs.aws.amazon.com/ecs/' }] })).toEqual(['sources.0.url']);
    expect(failures({ ...page, sources: [{ ...source, id: 'ECS_Guide' }] })).toEqual(['sources.0.id']);
    expect(failures({ ...page, sources: [{ ...source, title: 'ab' }] })).toEqual(['sources.0.title']);
    expect(failures({ ...page, sources: [source, { ...source, url: 'https://aws.amazon.com/ecs/' }] })).toEqual(['sources']);
    expect(failures({ ...page, sources: [source, { ...source, id: 'ecs-pricing' }] })).toEqual([]);
  });
});
