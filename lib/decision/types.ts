/**
 * Types for the ECS/EKS decision guide. The rules themselves are typed data beside these types; the engine
 * applies them, and the no-JavaScript table is rendered from the same data.
 */

/** Every question in the guide is a yes/no question; the URL stores the answers as `?k8s=yes&…`. */
export type AnswerValue = 'yes' | 'no';

/** A link to the section of the guide that explains a reason. The content tests check that the section exists. */
export interface Reason {
  text: string;
  /** An internal section link, "/docs/page/#anchor". */
  href: string;
  /** The name of the section the link opens, used as the link text. */
  see: string;
}

export interface AnswerChoice {
  value: AnswerValue;
  /** Button text. */
  label: string;
  /** The answer as a condition, e.g. "You need GPUs": used in the decision table and the answer summary. */
  phrase: string;
}

export interface QuestionDef {
  /** The URL key. Short, lowercase, stable: shared links depend on it. */
  id: string;
  question: string;
  help: string;
  choices: readonly [AnswerChoice, AnswerChoice];
}

/** Who looks after the hosts an option runs on. */
export type HostCare = 'none' | 'aws' | 'you';

export interface OptionDef {
  /** Short name shown in results. */
  name: string;
  orchestrator: 'ecs' | 'eks';
  /** A compute choice on its own, or something that is combined with one (Spot, on-premises). */
  kind: 'compute' | 'addition';
  hosts: HostCare;
  why: Reason;
}

/** Conditions on answers: every listed question must have the given answer. */
export type When<Q extends string> = Partial<Record<Q, AnswerValue>>;

interface RuleBase<Q extends string, O extends string> {
  id: string;
  when: When<Q>;
  reason: Reason;
  /** The evidence is only from a source this guide could not confirm (shown as unconfirmed). */
  unconfirmed?: boolean;
  /** Options this rule is about. */
  options: readonly O[];
}

/** Confirmed fact: the options cannot serve this workload. */
export interface RulesOut<Q extends string, O extends string> extends RuleBase<Q, O> {
  effect: 'rules-out';
}

/** Unconfirmed evidence against the options: they drop below every option without a doubt, but stay possible. */
export interface Demotes<Q extends string, O extends string> extends RuleBase<Q, O> {
  effect: 'demotes';
  unconfirmed: true;
}

/** A caveat shown when one of the options is recommended. */
export interface NoteRule<Q extends string, O extends string> extends RuleBase<Q, O> {
  effect: 'note';
}

/** Combines `adds` with the recommended option when that option is one of `options` and `adds` is not ruled out. */
export interface Adds<Q extends string, O extends string> extends RuleBase<Q, O> {
  effect: 'adds';
  adds: O;
}

/**
 * Part of the workload goes to the one option in `options` (when no rule rules it out); the rest is decided
 * as if the answers in `rest` had been given. Used for Windows containers without servers in a Kubernetes shop.
 */
export interface Splits<Q extends string, O extends string> extends RuleBase<Q, O> {
  effect: 'splits';
  options: readonly [O];
  rest: When<Q>;
}

export type Rule<Q extends string, O extends string> = RulesOut<Q, O> | Demotes<Q, O> | NoteRule<Q, O> | Adds<Q, O> | Splits<Q, O>;
