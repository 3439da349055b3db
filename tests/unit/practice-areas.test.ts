import { describe, expect, it } from 'vitest';
import { PRACTICE_QUESTIONS } from '@/lib/data/questions';
import type { Question } from '@/lib/data/questions/types';
import { ANCHOR_REDIRECTS } from '@/lib/data/redirects';
import { redirectsOnPage } from '@/lib/anchor-redirects';
import {
  MAX_QUESTIONS_PER_AREA,
  MOVED_TOPICS,
  PRACTICE_AREAS,
  PRACTICE_INDEX_URL,
  areaOfTopic,
  areaQuestions,
  areaUrl,
  practiceArea,
  topicAnchor,
  withPracticeSplit,
} from '@/lib/quiz/practice-areas';

describe('practice areas', () => {
  it('give every question of the bank exactly one practice page', () => {
    const placed = PRACTICE_AREAS.flatMap((area) => areaQuestions(area).map((question) => question.id));
    expect(new Set(placed).size).toBe(placed.length);
    const homeless = PRACTICE_QUESTIONS.filter((question) => !areaOfTopic(question.page)).map(
      (question) => `${question.id} (${question.page})`,
    );
    expect(homeless, 'Add these topic pages to an area in PRACTICE_AREAS').toEqual([]);
    expect(placed.length).toBe(PRACTICE_QUESTIONS.length);
  });

  it(`keep each page to at most ${MAX_QUESTIONS_PER_AREA} questions, so no page carries a large share of the bank`, () => {
    const sizes = Object.fromEntries(PRACTICE_AREAS.map((area) => [area.id, areaQuestions(area).length]));
    expect(
      Object.entries(sizes).filter(([, size]) => size > MAX_QUESTIONS_PER_AREA),
      'Split the area',
    ).toEqual([]);
    expect(Object.values(sizes).every((size) => size > 0)).toBe(true);
  });

  it('list each topic page once', () => {
    const topics = PRACTICE_AREAS.flatMap((area) => area.topics);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('find an area by the name an MDX page gives', () => {
    expect(practiceArea('ecs-core').id).toBe('ecs-core');
    expect(practiceArea('security-pricing').topics).toContain('/docs/pricing/');
  });

  it('refuse an unknown area name with the names that exist', () => {
    expect(() => practiceArea('ecs')).toThrow(/no such practice area \(known: overview, choosing, ecs-core/);
  });
});

describe('links into the single practice page of old', () => {
  const ecs = { id: 'q-ecs-one', page: '/docs/ecs/how-ecs-works/' } as Question;
  const eks = { id: 'q-eks-one', page: '/docs/eks/compute/' } as Question;
  const [ecsArea, eksArea] = [areaOfTopic(ecs.page)!, areaOfTopic(eks.page)!];

  it('forward each question and topic anchor to the page that holds it now', () => {
    const redirects = withPracticeSplit([], [ecs, eks]);
    expect(redirectsOnPage(PRACTICE_INDEX_URL, redirects)).toEqual({
      [topicAnchor(ecs.page)]: `${areaUrl(ecsArea)}#${topicAnchor(ecs.page)}`,
      'q-ecs-one': `${areaUrl(ecsArea)}#q-ecs-one`,
      [topicAnchor(eks.page)]: `${areaUrl(eksArea)}#${topicAnchor(eks.page)}`,
      'q-eks-one': `${areaUrl(eksArea)}#q-eks-one`,
    });
  });

  it('follow a renamed question to its new page, and leave other redirects as they are', () => {
    const written = [
      { page: PRACTICE_INDEX_URL, from: 'q-old-name', to: 'q-eks-one' },
      { page: PRACTICE_INDEX_URL, from: 'q-removed', to: '/docs/choosing/#hybrid' },
      { page: '/docs/ecs/storage/', from: 'old-id', to: 'new-id' },
      { page: '/docs/eks/compute/', from: 'q-eks-one', to: 'somewhere' },
    ];
    const redirects = withPracticeSplit(written, [ecs, eks]);
    expect(redirects.slice(0, 4)).toEqual([{ ...written[0], to: `${areaUrl(eksArea)}#q-eks-one` }, written[1], written[2], written[3]]);
  });

  it('name a topic group by its page, as links to the single practice page did', () => {
    expect(topicAnchor('/docs/eks/compute/')).toBe('topic-docs-eks-compute');
  });

  it('leave forwards on other pages alone, even when they name a question id', () => {
    const written = [
      { page: '/docs/ecs/storage/', from: 'old-id', to: 'q-ecs-one' },
      { page: '/docs/eks/compute/', from: 'q-eks-one', to: 'somewhere' },
    ];
    const redirects = withPracticeSplit(written, [ecs, eks]);
    expect(redirects.slice(0, 2)).toEqual(written);
    expect(redirectsOnPage(PRACTICE_INDEX_URL, redirects)['q-eks-one']).toBe(`${areaUrl(eksArea)}#q-eks-one`);
  });

  it('never add a second forward for an id that is forwarded by hand', () => {
    const written = [{ page: PRACTICE_INDEX_URL, from: 'q-ecs-one', to: '/docs/ecs/how-ecs-works/#q-ecs-one' }];
    const redirects = withPracticeSplit(written, [ecs]).filter((redirect) => redirect.from === 'q-ecs-one');
    expect(redirects).toEqual(written);
  });

  it("are in the site's redirects for every question of the bank", () => {
    const forwarded = redirectsOnPage(PRACTICE_INDEX_URL, ANCHOR_REDIRECTS);
    const missing = PRACTICE_QUESTIONS.filter(
      (question) => forwarded[question.id] !== `${areaUrl(areaOfTopic(question.page)!)}#${question.id}`,
    );
    expect(missing.map((question) => question.id)).toEqual([]);
  });
});

describe('links into an area page for a topic it gathered before the areas were split again', () => {
  const pricing = { id: 'q-pricing-one', page: '/docs/pricing/' } as Question;
  const ecr = { id: 'q-ecr-one', page: '/docs/ecr/' } as Question;

  it('forward the topic and its questions from the old page to the page that gathers the topic now', () => {
    const redirects = withPracticeSplit([], [pricing, ecr]);
    const onOldPage = redirectsOnPage(areaUrl(practiceArea('across-both')), redirects);
    const now = areaUrl(areaOfTopic(pricing.page)!);
    expect(now).not.toBe(areaUrl(practiceArea('across-both')));
    expect(onOldPage).toEqual({
      [topicAnchor(pricing.page)]: `${now}#${topicAnchor(pricing.page)}`,
      'q-pricing-one': `${now}#q-pricing-one`,
    });
  });

  it('name only pages that still exist, each with topics another page gathers now', () => {
    for (const [formerId, topics] of Object.entries(MOVED_TOPICS)) {
      expect(() => practiceArea(formerId)).not.toThrow();
      for (const topic of topics) expect(areaOfTopic(topic)?.id, topic).not.toBe(formerId);
      for (const topic of topics) expect(areaOfTopic(topic), topic).toBeDefined();
    }
  });

  it("are in the site's redirects for every question that moved", () => {
    const moved = Object.entries(MOVED_TOPICS).flatMap(([formerId, topics]) =>
      PRACTICE_QUESTIONS.filter((question) => topics.includes(question.page)).map((question) => ({ formerId, question })),
    );
    expect(moved.length).toBeGreaterThan(0);
    const wrong = moved.filter(
      ({ formerId, question }) =>
        redirectsOnPage(areaUrl(practiceArea(formerId)), ANCHOR_REDIRECTS)[question.id] !==
        `${areaUrl(areaOfTopic(question.page)!)}#${question.id}`,
    );
    expect(wrong.map(({ question }) => question.id)).toEqual([]);
  });
});
