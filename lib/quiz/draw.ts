import type { Progress } from './progress';

/** What the draw needs to know about a question. */
export interface DrawableQuestion {
  id: string;
  /** The topic page the question belongs to. */
  page: string;
}

/**
 * How likely a question is to be drawn, relative to one the reader has not answered yet on the practice pages.
 * Missed questions come up three times as often, ones answered right half as often.
 */
export const WEIGHTS = { missed: 3, unanswered: 1, right: 0.5 } as const;

/**
 * Each question already drawn from a topic makes the rest of that topic this much less likely, so a set spreads
 * across the guide (as the real exam spreads across its domains) instead of clustering where the bank is deep.
 */
const TOPIC_REPEAT_FACTOR = 0.1;

/** The weight of each question for a reader with this saved progress ("favour my weak spots"). */
export function weightsFromProgress(progress: Progress): (question: DrawableQuestion) => number {
  return (question) => {
    const saved = progress[question.id];
    if (!saved) return WEIGHTS.unanswered;
    return saved.correct ? WEIGHTS.right : WEIGHTS.missed;
  };
}

/** Every question equally likely: the draw a shared link reproduces for anyone. */
export const EVEN_WEIGHTS = (): number => 1;

export interface DrawOptions<Q> {
  /** Each question's weight; even by default. */
  weightOf?: (question: Q) => number;
  /** How much less likely each question already drawn from a topic makes the rest of it (1: not at all). */
  topicRepeatFactor?: number;
}

/**
 * Draws `count` distinct questions, in the order they will be asked. Weighted sampling without replacement: each pick
 * takes one question with probability proportional to its weight times the topic repeat factor for every question
 * already taken from its topic. The same bank, count, weights and random sequence give the same set in the same order.
 */
export function drawQuestions<Q extends DrawableQuestion>(
  bank: readonly Q[],
  count: number,
  random: () => number,
  { weightOf = EVEN_WEIGHTS, topicRepeatFactor = TOPIC_REPEAT_FACTOR }: DrawOptions<Q> = {},
): Q[] {
  const remaining = bank.map((question) => ({ question, weight: Math.max(0, weightOf(question)) || Number.MIN_VALUE }));
  const takenPerTopic = new Map<string, number>();
  const drawn: Q[] = [];
  while (drawn.length < count && remaining.length > 0) {
    const chances = remaining.map(({ question, weight }) => weight * topicRepeatFactor ** (takenPerTopic.get(question.page) ?? 0));
    const total = chances.reduce((sum, chance) => sum + chance, 0);
    let target = random() * total;
    let index = 0;
    while (index < remaining.length - 1 && target >= chances[index]) {
      target -= chances[index];
      index++;
    }
    const [{ question }] = remaining.splice(index, 1);
    drawn.push(question);
    takenPerTopic.set(question.page, (takenPerTopic.get(question.page) ?? 0) + 1);
  }
  return drawn;
}
