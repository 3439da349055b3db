import type { Reason } from './types';
import {
  OPTIONS,
  ORCHESTRATOR_REASONS,
  PREFERENCE,
  DECISION_QUESTIONS,
  RULES,
  SERVERS_FALLBACK,
  type Answers,
  type OptionId,
  type QuestionId,
} from './rules';

/** One row of the decision table that pages show without JavaScript. */
export interface DecisionRow {
  key: string;
  /** The conditions, as phrases ("You need GPUs"). */
  when: string[];
  /** What the guide does. */
  then: string;
  why: Reason;
  unconfirmed: boolean;
}

function phrase(question: QuestionId, value: 'yes' | 'no'): string {
  const found = DECISION_QUESTIONS.find((entry) => entry.id === question)?.choices.find((choice) => choice.value === value);
  return found?.phrase ?? `${question}=${value}`;
}

function phrasesOf(when: Answers): string[] {
  // In question order, so every row reads the same way round.
  return DECISION_QUESTIONS.flatMap((question) => {
    const value = when[question.id];
    return value ? [phrase(question.id, value)] : [];
  });
}

function names(options: readonly OptionId[]): string {
  const list = options.map((option) => OPTIONS[option].name);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function inOrder(options: readonly OptionId[]): string {
  const [first, ...rest] = options.map((option) => OPTIONS[option].name);
  return rest.length === 0
    ? `Recommends ${first}`
    : `Starts with ${first}, then ${rest.join(', then ')}: the first one no rule below rules out`;
}

/**
 * The whole rule set as a table, built from the same data the interactive guide uses: where it starts for each
 * orchestrator and answer about servers, then every rule in order.
 */
export function decisionTable(): DecisionRow[] {
  const starts: DecisionRow[] = (['ecs', 'eks'] as const).flatMap((orchestrator) =>
    (['no', 'yes'] as const).map((servers) => ({
      key: `start-${orchestrator}-${servers}`,
      when: phrasesOf({ k8s: orchestrator === 'eks' ? 'yes' : 'no', servers }),
      then: inOrder(PREFERENCE[orchestrator][servers]),
      why: ORCHESTRATOR_REASONS[orchestrator],
      unconfirmed: false,
    })),
  );
  const rules: DecisionRow[] = RULES.map((rule) => {
    const unconfirmed = 'unconfirmed' in rule && rule.unconfirmed === true;
    let then: string;
    switch (rule.effect) {
      case 'rules-out':
        then = `Rules out ${names(rule.options)}`;
        break;
      case 'demotes':
        then = `Prefers any other option to ${names(rule.options)}`;
        break;
      case 'note':
        then = `Adds a note to ${names(rule.options)}`;
        break;
      case 'adds':
        then = `Adds ${OPTIONS[rule.adds].name} to ${names(rule.options)}`;
        break;
      case 'splits':
        then = `Sends that part of the work to ${OPTIONS[rule.options[0]].name} (unless a rule rules it out) and decides the rest as if: ${phrasesOf(rule.rest).join('; ')}`;
        break;
    }
    return { key: rule.id, when: phrasesOf(rule.when), then, why: rule.reason, unconfirmed };
  });
  const fallback: DecisionRow = {
    key: 'servers-fallback',
    when: [phrase('servers', 'no'), 'every option without servers to manage is ruled out'],
    then: 'Recommends the option that is left and says it needs you to look after instances',
    why: SERVERS_FALLBACK,
    unconfirmed: false,
  };
  return [...starts, ...rules, fallback];
}
