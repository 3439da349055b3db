// The attributes the decision guide's markup and its browser tests share, written once.

export const DECISION = {
  /** The guide's root on the page. */
  root: 'data-decision-guide',
  /** The note shown until the interactive guide has loaded (and, without JavaScript, for good). */
  fallback: 'data-decision-fallback',
  table: 'data-decision-table',
  /** On a table row: the rule it shows. */
  rule: 'data-rule',
  wizard: 'data-decision-wizard',
  /** The question being asked, with its id as the value. */
  step: 'data-decision-step',
  /** On an answer button: its value. */
  answer: 'data-answer',
  /** On a summary line: the question it answers. */
  answered: 'data-answered',
  /** Where keyboard focus goes after each answer. */
  focusFirst: 'data-focus-first',
  restart: 'data-restart',
  verdict: 'data-decision-verdict',
  /** On the verdict: the recommended options, joined with "+". */
  recommendation: 'data-recommendation',
  combined: 'data-combined',
  alsoFits: 'data-also-fits',
  ruledOut: 'data-ruled-out',
} as const;
