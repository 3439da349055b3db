import { DECISION_QUESTIONS, type Answers, type QuestionId } from './rules';

/** The section the guide lives in; shared links land on it. */
export const DECISION_ANCHOR = 'decision-guide';

/** Longest query string we read at all; anything longer is not one of ours. */
const MAX_SEARCH_LENGTH = 2000;

/**
 * Reads answers from a query string such as "?k8s=yes&servers=no". Unknown keys, unknown values, repeated
 * keys with conflicting values and oversized input are ignored, never thrown on: the URL comes from anyone.
 */
export function answersFromSearch(search: string): Answers {
  const answers: Answers = {};
  if (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH) return answers;
  // URLSearchParams parses any string without throwing (malformed escapes stay as written).
  const params = new URLSearchParams(search);
  for (const question of DECISION_QUESTIONS) {
    const values = new Set(params.getAll(question.id));
    if (values.size !== 1) continue;
    const [value] = values;
    const choice = question.choices.find((option) => option.value === value);
    if (choice) answers[question.id] = choice.value;
  }
  return answers;
}

/** "?k8s=yes&servers=no" in question order, or "" when nothing is answered. */
export function searchFromAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of DECISION_QUESTIONS) {
    const value = answers[question.id];
    if (value) params.set(question.id, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The answers given before `question`: where "change this answer" goes back to. */
export function answersBefore(answers: Answers, question: QuestionId): Answers {
  const index = DECISION_QUESTIONS.findIndex((entry) => entry.id === question);
  const kept: Answers = {};
  for (const entry of DECISION_QUESTIONS.slice(0, Math.max(index, 0))) {
    const value = answers[entry.id];
    if (value) kept[entry.id] = value;
  }
  return kept;
}

/** A link (relative to the page) that restores these answers and lands on the guide. */
export function hrefForAnswers(pathname: string, answers: Answers): string {
  return `${pathname}${searchFromAnswers(answers)}#${DECISION_ANCHOR}`;
}
