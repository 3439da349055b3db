/** One exam-style practice question. Questions are data: typed here, validated by the unit tests. */
export interface QuestionOption {
  /** The answer text as the exam would show it. Plain text; `backticks` render as code. */
  text: string;
  correct: boolean;
  /** Why this option is right or wrong. Required for every option. */
  explanation: string;
}

export interface Question {
  /** Stable public anchor, kebab-case, starts with "q-", unique across the site. */
  id: string;
  /** The topic page whose "Check yourself" section shows it, canonical URL with trailing slash. */
  page: string;
  /** Which orchestrator the question is about, for the Practice page filter. */
  service: 'ECS' | 'EKS' | 'both';
  /**
   * The exam whose style the question follows. SAA: one fact in a short scenario. SAP: a scenario with
   * several constraints and services, where the best answer trades cost, operational overhead and resilience.
   */
  exam: 'SAA' | 'SAP';
  /** Short scenario and the question, 1–4 sentences. Plain text; `backticks` render as code. */
  scenario: string;
  /** 1 for single answer; 2 for "choose two" (then exactly two options are correct). */
  choose: 1 | 2;
  /** Four options for single answer; five for "choose two". */
  options: readonly QuestionOption[];
  /** The section that teaches it: "/docs/page/#anchor" (must exist; the build's link check verifies it). */
  learnMore: string;
  /** An https source URL for the fact being tested (from facts.md). */
  source: string;
}
