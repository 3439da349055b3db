// The attributes the quiz's markup, its script, its styles and its browser tests share, written once.
// Everything the script looks for is inside the quiz's own root.

export const QUIZ = {
  /** The quiz's root: a topic page's "Check yourself" section, a practice page's list or the practice index. */
  root: 'data-quiz',
  /** Set on the root once the script has made its questions interactive. */
  enhanced: 'data-enhanced',
  question: 'data-quiz-question',
  /** On a question: its service, topic page and number of answers to choose, for filters and checking. */
  service: 'data-service',
  topic: 'data-topic',
  choose: 'data-choose',
  /** On an option's input: whether it is right. */
  correct: 'data-correct',
  /** Controls that need the script; hidden when scripting is off. */
  controls: 'data-quiz-controls',
  check: 'data-check',
  feedback: 'data-feedback',
  /** On a checked question: "correct" or "incorrect". */
  result: 'data-result',
  /** On an option's label after checking: "correct" or "chosen-wrong". */
  answer: 'data-answer',
  score: 'data-score',
  reset: 'data-reset',
  filters: 'data-practice-filters',
  noMatches: 'data-no-questions',
  topicGroup: 'data-topic-group',
  /** On the practice index: one area's progress, filled in from the ids of its questions. */
  areaProgress: 'data-area-progress',
  questionIds: 'data-question-ids',
  /** On the practice index: progress over every area. */
  areaTotal: 'data-area-total',
} as const;
