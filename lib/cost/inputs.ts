import { PRICES } from '@/lib/data/prices';

/**
 * The cost what-if's inputs: what each field accepts, the message when it doesn't, and how the whole state
 * goes into and comes back out of the URL. Fields hold the text the reader typed; parsing happens here.
 */

/** The pricing-page section the calculator sits in; shared links land on it. */
export const COST_ANCHOR = 'cost-what-if';

export interface NumberSpec {
  /** URL key. Short and stable: shared links depend on it. */
  key: string;
  label: string;
  /** Shown under the label and read with the field. */
  help: string;
  integer: boolean;
  min: number;
  /** Whether `min` itself is allowed (0 hours is fine; 0 vCPU is not). */
  minAllowed: boolean;
  /** Anything above is nonsense for this what-if. */
  max: number;
  /** Required fields must hold a value for any result; optional ones only for the options that use them. */
  required: boolean;
  /** Value a fresh page starts with ("" = empty). */
  initial: string;
  /** An example in the "enter a number" message. */
  example: string;
}

/** A field spec: what most fields share (optional, empty, decimal, 0 and up), then what this one sets. */
function numberField(spec: Pick<NumberSpec, 'key' | 'label' | 'help' | 'max' | 'example'> & Partial<NumberSpec>): NumberSpec {
  return { integer: false, min: 0, minAllowed: true, required: false, initial: '', ...spec };
}

/** A workload field: required, and filled in on a fresh page. */
function workloadField(spec: Pick<NumberSpec, 'key' | 'label' | 'help' | 'max' | 'example' | 'initial'> & Partial<NumberSpec>): NumberSpec {
  return numberField({ required: true, ...spec });
}

export const NUMBER_FIELDS = {
  tasks: workloadField({
    key: 'tasks',
    label: 'Tasks or pods',
    help: 'How many run at the same time.',
    integer: true,
    min: 1,
    max: 10_000,
    initial: '10',
    example: '10',
  }),
  vcpu: workloadField({
    key: 'vcpu',
    label: 'vCPU per task or pod',
    help: 'Fargate sizes run from 0.25 to 16 vCPU (Linux).',
    minAllowed: false,
    max: 192,
    initial: '1',
    example: '0.5',
  }),
  memory: workloadField({
    key: 'mem',
    label: 'Memory per task or pod (GB)',
    help: 'Fargate sizes run from 0.5 to 120 GB (Linux).',
    minAllowed: false,
    max: 1024,
    initial: '2',
    example: '2',
  }),
  hours: workloadField({
    key: 'hours',
    label: 'Hours each task runs per month',
    help: '730 is a whole average month; 744 is the most a month has.',
    max: 744,
    initial: '730',
    example: '730',
  }),
  runs: workloadField({
    key: 'runs',
    label: 'Runs per task per month',
    help: '1 for a service that runs all month. For short jobs, the number of starts: Fargate bills each run by the second, rounded up.',
    integer: true,
    min: 1,
    max: 1_000_000,
    initial: '1',
    example: '1',
  }),
  fargateVcpuPrice: numberField({
    key: 'fcpu',
    label: 'Fargate price per vCPU-hour (USD)',
    help: 'From the Fargate pricing page, for your Region, operating system and architecture.',
    max: 10,
    example: '0.05',
  }),
  fargateGbPrice: numberField({
    key: 'fgb',
    label: 'Fargate price per GB-hour (USD)',
    help: 'The memory rate, from the same page.',
    max: 10,
    example: '0.005',
  }),
  spotDiscount: numberField({
    key: 'spot',
    label: 'Fargate Spot discount (%)',
    help: `AWS gives about ${PRICES.fargateSpotDiscount.value}% as an approximate figure; the real discount varies.`,
    max: 100,
    initial: String(PRICES.fargateSpotDiscount.value),
    example: '70',
  }),
  ec2Price: numberField({
    key: 'ec2',
    label: 'EC2 On-Demand price per instance-hour (USD)',
    help: 'From the EC2 On-Demand pricing page, for your Region and instance type.',
    max: 1000,
    example: '0.1',
  }),
  tasksPerInstance: numberField({
    key: 'per',
    label: 'Tasks or pods that fit on one instance',
    help: 'Your estimate from the instance size, leaving room for the agent or system pods.',
    integer: true,
    min: 1,
    max: 1000,
    example: '4',
  }),
  clusters: numberField({
    key: 'clusters',
    label: 'EKS clusters',
    help: 'Each cluster is billed by the hour.',
    integer: true,
    min: 1,
    max: 1000,
    initial: '1',
    example: '1',
  }),
  clusterHours: numberField({
    key: 'chours',
    label: 'Hours each cluster exists per month',
    help: 'A cluster is billed while it exists, even with nothing running: usually the whole month (730).',
    max: 744,
    initial: '730',
    example: '730',
  }),
} satisfies Record<string, NumberSpec>;

export type NumberKey = keyof typeof NUMBER_FIELDS;

export interface TextSpec {
  key: string;
  label: string;
  help: string;
  pattern: RegExp;
  maxLength: number;
  message: string;
}

/** Labels the reader may add so a shared comparison says what the prices are for. Not used in the arithmetic. */
export const TEXT_FIELDS = {
  instanceType: {
    key: 'type',
    label: 'Instance type (optional)',
    help: 'For your notes, e.g. m7g.large. Not used in the arithmetic.',
    pattern: /^[a-z0-9][a-z0-9.-]*$/i,
    maxLength: 32,
    message: 'Use letters, digits, dots and hyphens, like m7g.large.',
  },
  region: {
    key: 'region',
    label: 'Region of the prices you entered (optional)',
    help: 'For your notes, e.g. eu-west-1. Not used in the arithmetic.',
    pattern: /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
    maxLength: 24,
    message: 'Use a Region code such as eu-west-1.',
  },
} as const satisfies Record<string, TextSpec>;

export type TextKey = keyof typeof TEXT_FIELDS;

export const COMPARE_OPTIONS = ['fargate', 'spot', 'ec2'] as const;
export type CompareOption = (typeof COMPARE_OPTIONS)[number];

const CHOICES = {
  orchestrator: { key: 'on', values: ['ecs', 'eks'], initial: 'ecs' },
  os: { key: 'os', values: ['linux', 'windows'], initial: 'linux' },
  arch: { key: 'arch', values: ['x86', 'arm'], initial: 'x86' },
  support: { key: 'support', values: ['standard', 'extended'], initial: 'standard' },
} as const;

export type Orchestrator = (typeof CHOICES.orchestrator.values)[number];
export type OperatingSystem = (typeof CHOICES.os.values)[number];
export type Architecture = (typeof CHOICES.arch.values)[number];
export type Support = (typeof CHOICES.support.values)[number];

/** Everything on the form, as typed. */
export interface CalculatorState {
  numbers: Record<NumberKey, string>;
  texts: Record<TextKey, string>;
  orchestrator: Orchestrator;
  os: OperatingSystem;
  arch: Architecture;
  support: Support;
  compare: readonly CompareOption[];
}

export type ParseResult = { ok: true; value: number | undefined } | { ok: false; message: string };

const LONGEST_NUMBER = 24;

/** Reads one number field. Empty optional fields are `undefined`; anything else either parses or says why not. */
export function parseNumber(raw: string, spec: NumberSpec): ParseResult {
  const text = raw.trim();
  if (text === '') return spec.required ? { ok: false, message: 'Enter a number here.' } : { ok: true, value: undefined };
  if (/^-/.test(text)) return { ok: false, message: 'Must not be negative.' };
  if (text.length > LONGEST_NUMBER || !/^(\d+\.?\d*|\.\d+)$/.test(text)) {
    return { ok: false, message: `Enter a number using digits and a dot, such as ${spec.example}.` };
  }
  const value = Number(text);
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  if (value < spec.min || (!spec.minAllowed && value === spec.min)) {
    return { ok: false, message: spec.minAllowed ? `Enter ${spec.min} or more.` : `Must be more than ${spec.min}.` };
  }
  if (value > spec.max)
    return { ok: false, message: `That is more than this what-if allows: enter at most ${spec.max.toLocaleString('en-US')}.` };
  return { ok: true, value };
}

/** Reads one text label: empty is fine; anything else must match its pattern. */
export function parseText(raw: string, spec: TextSpec): { ok: true; value: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: '' };
  if (text.length > spec.maxLength || !spec.pattern.test(text)) return { ok: false, message: spec.message };
  return { ok: true, value: text };
}

export function initialState(): CalculatorState {
  return {
    numbers: Object.fromEntries(Object.entries(NUMBER_FIELDS).map(([name, spec]) => [name, spec.initial])) as Record<NumberKey, string>,
    texts: { instanceType: '', region: '' },
    orchestrator: CHOICES.orchestrator.initial,
    os: CHOICES.os.initial,
    arch: CHOICES.arch.initial,
    support: CHOICES.support.initial,
    compare: [...COMPARE_OPTIONS],
  };
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((entry) => entry === value) ?? fallback;
}

/** Longest query string read at all. */
const MAX_SEARCH_LENGTH = 2000;

/**
 * Restores a shared comparison. Only values that would pass the form's own checks are taken; anything else
 * (unknown keys, nonsense, hostile text) falls back to the initial value. Never throws.
 */
export function stateFromSearch(search: string): CalculatorState {
  const state = initialState();
  if (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH) return state;
  // URLSearchParams parses any string without throwing (malformed escapes stay as written).
  const params = new URLSearchParams(search);
  for (const [name, spec] of Object.entries(NUMBER_FIELDS) as [NumberKey, NumberSpec][]) {
    const raw = params.get(spec.key);
    if (raw === null) continue;
    const parsed = parseNumber(raw, spec);
    if (parsed.ok && parsed.value !== undefined) state.numbers[name] = raw.trim();
  }
  for (const [name, spec] of Object.entries(TEXT_FIELDS) as [TextKey, TextSpec][]) {
    const raw = params.get(spec.key);
    if (raw === null) continue;
    const parsed = parseText(raw, spec);
    if (parsed.ok) state.texts[name] = parsed.value;
  }
  state.orchestrator = pick(params.get(CHOICES.orchestrator.key), CHOICES.orchestrator.values, state.orchestrator);
  state.os = pick(params.get(CHOICES.os.key), CHOICES.os.values, state.os);
  state.arch = pick(params.get(CHOICES.arch.key), CHOICES.arch.values, state.arch);
  state.support = pick(params.get(CHOICES.support.key), CHOICES.support.values, state.support);
  const compare = params.get('cmp');
  if (compare !== null) {
    const wanted = new Set(compare.split(','));
    state.compare = COMPARE_OPTIONS.filter((option) => wanted.has(option));
  }
  return state;
}

/** The comparison as a query string. Fields that don't pass their checks are left out, so a link never carries them. */
export function searchFromState(state: CalculatorState): string {
  const params = new URLSearchParams();
  params.set(CHOICES.orchestrator.key, state.orchestrator);
  for (const [name, spec] of Object.entries(NUMBER_FIELDS) as [NumberKey, NumberSpec][]) {
    const parsed = parseNumber(state.numbers[name], spec);
    if (parsed.ok && parsed.value !== undefined) params.set(spec.key, state.numbers[name].trim());
  }
  params.set(CHOICES.os.key, state.os);
  params.set(CHOICES.arch.key, state.arch);
  params.set(CHOICES.support.key, state.support);
  params.set('cmp', state.compare.join(','));
  for (const [name, spec] of Object.entries(TEXT_FIELDS) as [TextKey, TextSpec][]) {
    const parsed = parseText(state.texts[name], spec);
    if (parsed.ok && parsed.value) params.set(spec.key, parsed.value);
  }
  return `?${params.toString()}`;
}
