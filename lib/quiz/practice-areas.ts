import type { AnchorRedirect } from '@/lib/data/redirects';
import { PRACTICE_QUESTIONS, type Question } from '@/lib/data/questions';
import { slugify } from '@/lib/slug';

/**
 * The practice pages: one per area of the guide, so no page carries the whole question bank (the hydration data
 * repeats every question a page renders). An area is a run of topic pages in reading order, two or three topics each:
 * a page's layout and hydration grow with its questions, and above about 20 a phone's first render slows measurably.
 */
export interface PracticeArea {
  /** The last URL segment of the area's page. */
  id: string;
  /** Short name for links between the practice pages. */
  label: string;
  /** What the area covers, on the practice index; the page's own title lives in its frontmatter. */
  title: string;
  /** The topic pages whose questions the area gathers, in reading order. */
  topics: readonly string[];
}

export const PRACTICE_INDEX_URL = '/docs/practice/';

/**
 * Above this many questions an area is split. Measured with Lighthouse's mobile preset: a page of 30 questions scored
 * 2–4 points below one of 17, which scores like an ordinary docs page.
 */
export const MAX_QUESTIONS_PER_AREA = 20;

export const PRACTICE_AREAS = [
  {
    id: 'overview',
    label: 'Overview',
    title: 'Overview, core concepts and compute options',
    topics: ['/docs/', '/docs/core-concepts/', '/docs/compute-options/'],
  },
  {
    id: 'choosing',
    label: 'Choosing',
    title: 'Choosing between ECS and EKS, and the simplest ways to run a container',
    topics: ['/docs/choosing/', '/docs/simple-options/'],
  },
  {
    id: 'ecs-core',
    label: 'ECS core',
    title: 'Amazon ECS: how tasks run, task networking and placement',
    topics: ['/docs/ecs/how-ecs-works/', '/docs/ecs/task-networking/', '/docs/ecs/scheduling-placement/'],
  },
  {
    id: 'ecs-scaling-deployments',
    label: 'ECS scaling and deployments',
    title: 'Amazon ECS: capacity, scaling and deployments',
    topics: ['/docs/ecs/scaling-capacity/', '/docs/ecs/deployments/'],
  },
  {
    id: 'ecs-operations',
    label: 'ECS operations',
    title: 'Amazon ECS: batch, security and storage',
    topics: ['/docs/ecs/event-driven-batch/', '/docs/ecs/security-operations/', '/docs/ecs/storage/'],
  },
  {
    id: 'ecs-quotas-hybrid',
    label: 'ECS quotas and hybrid',
    title: 'Amazon ECS: quotas, ECS Anywhere and Managed Instances',
    topics: ['/docs/ecs/quotas/', '/docs/ecs/anywhere-managed-instances/'],
  },
  {
    id: 'eks-core',
    label: 'EKS core',
    title: 'Amazon EKS: architecture and compute',
    topics: ['/docs/eks/how-eks-works/', '/docs/eks/compute/'],
  },
  {
    id: 'eks-access-networking',
    label: 'EKS access and networking',
    title: 'Amazon EKS: identity, access and pod networking',
    topics: ['/docs/eks/identity-access/', '/docs/eks/networking/'],
  },
  {
    id: 'eks-operations',
    label: 'EKS operations',
    title: 'Amazon EKS: storage, scaling and upgrades',
    topics: ['/docs/eks/storage/', '/docs/eks/scaling/', '/docs/eks/lifecycle/'],
  },
  {
    id: 'across-both',
    label: 'ECR and integrations',
    title: 'Across ECS and EKS: ECR, integrations and observability',
    topics: ['/docs/ecr/', '/docs/integrations/', '/docs/observability/'],
  },
  {
    id: 'security-pricing',
    label: 'Security, pricing and use cases',
    title: 'Across ECS and EKS: security, pricing and use cases',
    topics: ['/docs/security/', '/docs/pricing/', '/docs/use-cases/'],
  },
] as const satisfies readonly PracticeArea[];

/**
 * Topics an area page gathered before the areas were split to at most 20 questions each, and gathers no longer. Links
 * into the old page carry public question and topic anchors: each is forwarded to the page that gathers the topic now.
 */
export const MOVED_TOPICS: Readonly<Record<string, readonly string[]>> = {
  overview: ['/docs/choosing/', '/docs/simple-options/'],
  'ecs-core': ['/docs/ecs/scaling-capacity/', '/docs/ecs/deployments/'],
  'ecs-operations': ['/docs/ecs/quotas/', '/docs/ecs/anywhere-managed-instances/'],
  'eks-core': ['/docs/eks/identity-access/', '/docs/eks/networking/'],
  'across-both': ['/docs/security/', '/docs/pricing/', '/docs/use-cases/'],
};

export function areaUrl(area: Pick<PracticeArea, 'id'>): string {
  return `${PRACTICE_INDEX_URL}${area.id}/`;
}

/** The area an MDX page names; an unknown name fails the build with the names that exist. */
export function practiceArea(id: string): PracticeArea {
  const area = PRACTICE_AREAS.find((candidate) => candidate.id === id);
  if (!area)
    throw new Error(
      `<PracticeQuestions area="${id}">: no such practice area (known: ${PRACTICE_AREAS.map((known) => known.id).join(', ')})`,
    );
  return area;
}

/** The area that gathers a topic page's questions, if any. */
export function areaOfTopic(topic: string): PracticeArea | undefined {
  return PRACTICE_AREAS.find((area) => (area.topics as readonly string[]).includes(topic));
}

/** The anchor of a topic's group on its practice page (public: old links to the single practice page used it). */
export function topicAnchor(url: string): string {
  return `topic-${slugify(url)}`;
}

/** The questions of an area, grouped by topic page in reading order (topics without questions left out). */
export function areaTopics(area: PracticeArea, bank: readonly Question[] = PRACTICE_QUESTIONS): { url: string; questions: Question[] }[] {
  return area.topics
    .map((url) => ({ url, questions: bank.filter((question) => question.page === url) }))
    .filter((topic) => topic.questions.length > 0);
}

export function areaQuestions(area: PracticeArea, bank: readonly Question[] = PRACTICE_QUESTIONS): Question[] {
  return areaTopics(area, bank).flatMap((topic) => topic.questions);
}

/**
 * Forwarding for links into the single practice page that held every question: each question and topic anchor
 * goes to the area page that holds it now, and a hand-written forward from the old page to a question id (a
 * question that was renamed or merged) follows that question to its area page. Links into an area page for a topic
 * it no longer gathers (see MOVED_TOPICS) go to the page that does. Everything else passes through.
 */
export function withPracticeSplit(redirects: readonly AnchorRedirect[], bank: readonly Question[] = PRACTICE_QUESTIONS): AnchorRedirect[] {
  const areaOfQuestion = new Map(
    bank.flatMap((question) => {
      const area = areaOfTopic(question.page);
      return area ? [[question.id, area] as const] : [];
    }),
  );
  const moved = redirects.map((redirect) => {
    const area = redirect.page === PRACTICE_INDEX_URL ? areaOfQuestion.get(redirect.to) : undefined;
    return area ? { ...redirect, to: `${areaUrl(area)}#${redirect.to}` } : redirect;
  });
  const listed = new Set(moved.filter((redirect) => redirect.page === PRACTICE_INDEX_URL).map((redirect) => redirect.from));
  const derived = PRACTICE_AREAS.flatMap((area) =>
    areaTopics(area, bank)
      .flatMap((topic) => [topicAnchor(topic.url), ...topic.questions.map((question) => question.id)])
      .map((id) => ({
        page: PRACTICE_INDEX_URL,
        from: id,
        to: `${areaUrl(area)}#${id}`,
      })),
  );
  const movedOff = Object.entries(MOVED_TOPICS).flatMap(([formerId, topics]) =>
    topics.flatMap((topic) => {
      const area = areaOfTopic(topic);
      const questions = bank.filter((question) => question.page === topic);
      // A topic without questions had no group, so no anchor, on the old page.
      if (!area || area.id === formerId || questions.length === 0) return [];
      return [topicAnchor(topic), ...questions.map((question) => question.id)].map((id) => ({
        page: areaUrl({ id: formerId }),
        from: id,
        to: `${areaUrl(area)}#${id}`,
      }));
    }),
  );
  return [...moved, ...derived.filter((redirect) => !listed.has(redirect.from)), ...movedOff];
}
