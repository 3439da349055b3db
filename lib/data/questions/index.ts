import type { Question } from './types';
import { questions as general } from './general';
import { questions as ecs } from './ecs';
import { questions as eks } from './eks';

export type { Question, QuestionOption } from './types';

/** Every practice question, in guide order. */
export const QUESTIONS: readonly Question[] = [...general, ...ecs, ...eks];

export function questionsForPage(url: string): Question[] {
  return QUESTIONS.filter((question) => question.page === url);
}
