/** Where the mock exam lives (its page is MDX like every other page; links to it use this). */
export const MOCK_EXAM_URL = '/docs/mock-exam/';

export interface ExamLength {
  questions: number;
  minutes: number;
  label: string;
}

/** Two minutes a question, the pace of the real SAA-C03 (65 questions in 130 minutes). */
export const EXAM_LENGTHS = [
  { questions: 10, minutes: 20, label: 'Quick check' },
  { questions: 20, minutes: 40, label: 'Practice round' },
  { questions: 65, minutes: 130, label: 'Full length, like the real SAA-C03' },
] as const satisfies readonly ExamLength[];

export const DEFAULT_LENGTH: ExamLength = EXAM_LENGTHS[1];

/** The length a share link or a saved choice names; anything else is none. */
export function examLength(questions: number | string | null | undefined): ExamLength | undefined {
  return EXAM_LENGTHS.find((length) => String(length.questions) === String(questions));
}
