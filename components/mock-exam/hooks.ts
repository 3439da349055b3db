// The attributes the mock exam's markup, its styles and its browser tests share, written once.
// The exam's code looks only inside its own root.

export const MOCK_EXAM = {
  root: 'data-mock-exam',
  /** The message for readers without JavaScript (shown only when scripting is off). */
  noScript: 'data-mock-exam-noscript',
  /** What shows until the exam's code has loaded. */
  loading: 'data-mock-exam-loading',
  /** The screen on show: "setup", "preparing", "running" or "results". */
  screen: 'data-screen',
  /** Polite announcements: start, resume, time milestones, the end. */
  announcer: 'data-exam-announcer',
  start: 'data-exam-start',
  /** On the clock when five minutes or less are left. */
  low: 'data-low',
  /** On the start screen when the address carries a shared set's seed. */
  sharedSet: 'data-exam-shared-set',
  weighted: 'data-exam-weighted',
  /** The question on screen, with its id as the value. */
  question: 'data-exam-question',
  previous: 'data-exam-previous',
  next: 'data-exam-next',
  flag: 'data-exam-flag',
  finish: 'data-exam-finish',
  navigator: 'data-exam-navigator',
  /** On a navigator button: "unanswered", "partial" or "answered"; flagged questions also carry `flagged`. */
  answerState: 'data-answer-state',
  flagged: 'data-flagged',
  confirm: 'data-exam-confirm',
  confirmFinish: 'data-exam-confirm-finish',
  keepGoing: 'data-exam-keep-going',
  /** The result: the score as "right/total" in the value. */
  result: 'data-exam-result',
  /** A row of the per-topic breakdown, with the topic page as the value. */
  topic: 'data-exam-topic',
  /** A reviewed question, with its id as the value and the outcome in `outcome`. */
  review: 'data-exam-review',
  outcome: 'data-outcome',
  /** The reader's choice and the right answer among a reviewed question's options. */
  chosen: 'data-chosen',
  correct: 'data-correct',
  retake: 'data-exam-retake',
  newExam: 'data-exam-new',
  shareLink: 'data-exam-share',
  history: 'data-exam-history',
  /** A past attempt, with its score as "right/total" in the value. */
  attempt: 'data-exam-attempt',
  clearHistory: 'data-exam-clear-history',
} as const;
