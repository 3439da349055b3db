import type { Question } from '../data/questions/types';

/** Problems with one question's data; empty when it is sound. */
export function questionProblems(question: Question): string[] {
  const problems: string[] = [];
  const correct = question.options.filter((option) => option.correct).length;
  if (!/^q-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(question.id)) problems.push('id must be "q-" plus kebab-case');
  if (question.scenario.trim().length < 20) problems.push('scenario is missing or too short');
  if (correct === 0) problems.push('no correct option');
  if (question.choose === 1 && correct > 1) problems.push(`${correct} correct options in a single-answer question`);
  if (question.choose === 2 && correct !== 2) problems.push(`a "choose two" question needs exactly 2 correct options, has ${correct}`);
  if (question.choose === 2 && !/\(Choose two\.\)\s*$/.test(question.scenario)) problems.push('a "choose two" scenario must end with "(Choose two.)"');
  const expected = question.choose === 1 ? 4 : 5;
  if (question.options.length !== expected) problems.push(`needs ${expected} options, has ${question.options.length}`);
  question.options.forEach((option, index) => {
    if (option.text.trim().length === 0) problems.push(`option ${index + 1} has no text`);
    if (option.explanation.trim().length === 0) problems.push(`option ${index + 1} has no explanation`);
  });
  if (!/^\/docs\/([a-z0-9-]+\/)*#[a-z0-9-]+$/.test(question.learnMore)) problems.push(`learnMore "${question.learnMore}" must be /docs/…/#anchor`);
  if (!/^\/docs\/([a-z0-9-]+\/)*$/.test(question.page)) problems.push(`page "${question.page}" must be a canonical /docs/…/ URL`);
  if (!/^https:\/\//.test(question.source)) problems.push('source must be an https URL');
  return problems;
}

/** Every problem in a question set, each prefixed with the question id; includes duplicate ids. */
export function questionSetProblems(questions: readonly Question[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const question of questions) {
    if (seen.has(question.id)) problems.push(`${question.id}: duplicate id`);
    seen.add(question.id);
    for (const problem of questionProblems(question)) problems.push(`${question.id}: ${problem}`);
  }
  return problems;
}
