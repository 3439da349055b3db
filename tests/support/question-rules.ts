import { z } from 'zod';
import type { Question } from '@/lib/data/questions/types';

const optionSchema = z.object({
  text: z.string().trim().min(1, 'has no text'),
  correct: z.boolean(),
  explanation: z.string().trim().min(1, 'has no explanation'),
});

/** The rules every practice question follows, as a schema of the question type. */
const questionSchema = z
  .object({
    id: z.string().regex(/^q-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be "q-" plus kebab-case'),
    page: z
      .string()
      .regex(/^\/docs\/([a-z0-9-]+\/)*$/, { error: (issue) => `page "${String(issue.input)}" must be a canonical /docs/…/ URL` }),
    service: z.enum(['ECS', 'EKS', 'both']),
    exam: z.enum(['SAA', 'SAP']),
    scenario: z.string().trim().min(20, 'scenario is missing or too short'),
    choose: z.union([z.literal(1), z.literal(2)]),
    options: z.array(optionSchema),
    learnMore: z
      .string()
      .regex(/^\/docs\/([a-z0-9-]+\/)*#[a-z0-9-]+$/, { error: (issue) => `learnMore "${String(issue.input)}" must be /docs/…/#anchor` }),
    source: z.url({ protocol: /^https$/, error: 'source must be an https URL' }),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((option) => option.correct).length;
    const problem = (message: string) => context.addIssue({ code: 'custom', message });
    if (correct === 0) problem('no correct option');
    if (question.choose === 1 && correct > 1) problem(`${correct} correct options in a single-answer question`);
    if (question.choose === 2 && correct !== 2) problem(`a "choose two" question needs exactly 2 correct options, has ${correct}`);
    if (question.choose === 2 && !/\(Choose two\.\)\s*$/.test(question.scenario))
      problem('a "choose two" scenario must end with "(Choose two.)"');
    const expected = question.choose === 1 ? 4 : 5;
    if (question.options.length !== expected) problem(`needs ${expected} options, has ${question.options.length}`);
  }) satisfies z.ZodType<Question>;

/** Problems with one question's data; empty when it is sound. */
export function questionProblems(question: Question): string[] {
  const result = questionSchema.safeParse(question);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [field, index] = issue.path;
    return field === 'options' && typeof index === 'number' ? `option ${index + 1} ${issue.message}` : issue.message;
  });
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
