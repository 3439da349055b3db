/** What scoring needs to know about a question. */
export interface ScorableQuestion {
  id: string;
  page: string;
  learnMore: string;
  choose: 1 | 2;
  options: readonly { correct: boolean }[];
}

/** The options a reader chose, by question id (indices into the question's options). */
export type ExamAnswers = Readonly<Record<string, readonly number[]>>;

/** For the navigator: nothing chosen, fewer choices than the question asks for, or a full answer. */
export type AnswerState = 'unanswered' | 'partial' | 'answered';

export function answerState(question: Pick<ScorableQuestion, 'choose'>, chosen: readonly number[] | undefined): AnswerState {
  const count = chosen?.length ?? 0;
  if (count === 0) return 'unanswered';
  return count < question.choose ? 'partial' : 'answered';
}

/** Right only when the chosen options are exactly the correct ones: "choose two" scores all or nothing, as on the exam. */
export function isRight(question: ScorableQuestion, chosen: readonly number[] | undefined): boolean {
  const picked = new Set(chosen ?? []);
  const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  return picked.size === correct.length && correct.every((index) => picked.has(index));
}

export interface TopicResult {
  /** The topic page. */
  page: string;
  right: number;
  total: number;
  /** The sections that teach what the reader missed in this topic, each once, in question order. */
  study: string[];
}

export interface ExamScore {
  right: number;
  total: number;
  /** Rounded to a whole percent. */
  percent: number;
  /** Weakest topic first (lowest share right, then most questions), so the reader knows where to start. */
  topics: TopicResult[];
}

export function scoreExam(questions: readonly ScorableQuestion[], answers: ExamAnswers): ExamScore {
  const topics = new Map<string, TopicResult>();
  let right = 0;
  for (const question of questions) {
    const topic = topics.get(question.page) ?? { page: question.page, right: 0, total: 0, study: [] };
    topics.set(question.page, topic);
    topic.total++;
    if (isRight(question, answers[question.id])) {
      topic.right++;
      right++;
    } else if (!topic.study.includes(question.learnMore)) {
      topic.study.push(question.learnMore);
    }
  }
  const ordered = [...topics.values()].map((topic, order) => ({ topic, order }));
  ordered.sort(
    (a, b) => a.topic.right / a.topic.total - b.topic.right / b.topic.total || b.topic.total - a.topic.total || a.order - b.order,
  );
  return {
    right,
    total: questions.length,
    percent: questions.length === 0 ? 0 : Math.round((right / questions.length) * 100),
    topics: ordered.map(({ topic }) => topic),
  };
}
