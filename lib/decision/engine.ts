import type { Reason, When } from './types';
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
  type RuleDef,
} from './rules';

/** Answers to every question: only then is there a verdict. */
export type CompleteAnswers = Required<Answers>;

export interface RuledOut {
  option: OptionId;
  reasons: Reason[];
  /** True when only unconfirmed evidence speaks against the option (it was moved down, not removed). */
  unconfirmed: boolean;
}

export interface Verdict {
  orchestrator: 'ecs' | 'eks';
  /** The compute option to start from. */
  primary: OptionId;
  /** Options to combine with it (Spot, on-premises, Windows containers on ECS on Fargate), each with why. */
  combined: { option: OptionId; reason: Reason }[];
  /** Why the primary option: the orchestrator, the option itself, and any compromise it involves. */
  reasons: Reason[];
  /** Caveats about the recommended options; `unconfirmed` ones come from sources the guide could not confirm. */
  notes: { reason: Reason; unconfirmed: boolean }[];
  /** Other options of the same orchestrator that no rule speaks against. */
  alsoFits: OptionId[];
  /** Options of the same orchestrator that the answers rule out (or, unconfirmed, speak against). */
  ruledOut: RuledOut[];
}

function matches(when: When<QuestionId>, answers: Answers): boolean {
  return (Object.entries(when) as [QuestionId, string][]).every(([question, value]) => answers[question] === value);
}

function rulesAbout(option: OptionId, answers: Answers, effect: RuleDef['effect']): RuleDef[] {
  return RULES.filter(
    (rule) => rule.effect === effect && (rule.options as readonly OptionId[]).includes(option) && matches(rule.when, answers),
  );
}

/** True when a confirmed rule removes the option for these answers. */
export function isRuledOut(option: OptionId, answers: Answers): boolean {
  return rulesAbout(option, answers, 'rules-out').length > 0;
}

/** The first question still unanswered, in the guide's order, or null when all are answered. */
export function nextQuestion(answers: Answers): (typeof DECISION_QUESTIONS)[number] | null {
  return DECISION_QUESTIONS.find((question) => answers[question.id] === undefined) ?? null;
}

export function isComplete(answers: Answers): answers is CompleteAnswers {
  return nextQuestion(answers) === null;
}

function orchestratorOf(answers: CompleteAnswers): 'ecs' | 'eks' {
  return answers.k8s === 'yes' ? 'eks' : 'ecs';
}

/** Every option a verdict for this orchestrator may mention: its compute options, and the Spot ones when Spot was asked for. */
function optionsToExplain(orchestrator: 'ecs' | 'eks', answers: CompleteAnswers): OptionId[] {
  const compute = [...new Set<OptionId>([...PREFERENCE[orchestrator].no, ...PREFERENCE[orchestrator].yes])];
  const spot: OptionId[] =
    answers.spot === 'yes' ? (orchestrator === 'ecs' ? ['fargate-spot', 'ec2-spot'] : ['fargate-spot', 'eks-spot']) : [];
  return [...compute, ...spot];
}

/** Applies the decision rules to a full set of answers. Pure and total: every path has a verdict. */
export function evaluate(answers: CompleteAnswers): Verdict {
  // A split sends part of the workload elsewhere; the rest is decided with adjusted answers.
  const split = RULES.find(
    (rule): rule is Extract<RuleDef, { effect: 'splits' }> =>
      rule.effect === 'splits' && matches(rule.when, answers) && !isRuledOut(rule.options[0], answers),
  );
  const effective: CompleteAnswers = split ? { ...answers, ...split.rest } : answers;
  const orchestrator = orchestratorOf(effective);

  const preferred: readonly OptionId[] = PREFERENCE[orchestrator][effective.servers];
  const open = preferred.filter((option) => !isRuledOut(option, effective));
  const undoubted = open.filter((option) => rulesAbout(option, effective, 'demotes').length === 0);
  // The preference lists always end in an option no rule removes (ECS on EC2, EKS managed node groups).
  const primary = undoubted[0] ?? open[0] ?? preferred[preferred.length - 1];

  const combined: Verdict['combined'] = [];
  if (split) combined.push({ option: split.options[0], reason: split.reason });
  for (const rule of RULES) {
    if (rule.effect !== 'adds' || !matches(rule.when, effective)) continue;
    if (!(rule.options as readonly OptionId[]).includes(primary) || isRuledOut(rule.adds, effective)) continue;
    combined.push({ option: rule.adds, reason: rule.reason });
  }
  const recommended = new Set<OptionId>([primary, ...combined.map((part) => part.option)]);

  const reasons: Reason[] = [ORCHESTRATOR_REASONS[orchestrator], OPTIONS[primary].why];
  if (effective.servers === 'no' && OPTIONS[primary].hosts === 'you') reasons.push(SERVERS_FALLBACK);

  const notes = RULES.filter(
    (rule) =>
      rule.effect === 'note' &&
      matches(rule.when, effective) &&
      (rule.options as readonly OptionId[]).some((option) => recommended.has(option)),
  ).map((rule) => ({ reason: rule.reason, unconfirmed: 'unconfirmed' in rule && rule.unconfirmed === true }));

  // Judged on the original answers: with a split, the Windows limits still apply to what is listed here.
  const ruledOut: RuledOut[] = optionsToExplain(orchestrator, answers)
    .filter((option) => !recommended.has(option))
    .map((option) => {
      const confirmed = rulesAbout(option, answers, 'rules-out');
      const doubts = rulesAbout(option, answers, 'demotes');
      return {
        option,
        reasons: (confirmed.length > 0 ? confirmed : doubts).map((rule) => rule.reason),
        unconfirmed: confirmed.length === 0,
      };
    })
    .filter((entry) => entry.reasons.length > 0);
  const excluded = new Set(ruledOut.map((entry) => entry.option));
  const alsoFits = preferred.filter((option) => !recommended.has(option) && !excluded.has(option));

  return { orchestrator, primary, combined, reasons, notes, alsoFits, ruledOut };
}

/** "EKS with Auto Mode + Spot nodes": the recommendation as one line. */
export function verdictTitle(verdict: Verdict): string {
  return [verdict.primary, ...verdict.combined.map((part) => part.option)].map((option) => OPTIONS[option].name).join(' + ');
}

/** Every complete set of answers (2^7 paths), for tests and for checking the table covers the rules. */
export function allAnswerSets(): CompleteAnswers[] {
  return DECISION_QUESTIONS.reduce<Answers[]>(
    (sets, question) => sets.flatMap((set) => question.choices.map((choice) => ({ ...set, [question.id]: choice.value }))),
    [{}],
  ) as CompleteAnswers[];
}
