import { fargateMonthly, fargateSpotMonthly, fitsFargate, FARGATE_TASK_LIMITS } from './fargate';
import { ec2Monthly } from './ec2';
import { CONTROL_PLANE_RATE, controlPlaneMonthly } from './control-plane';
import { formatCents, formatNumber, formatRate, toCents } from './money';
import {
  NUMBER_FIELDS,
  TEXT_FIELDS,
  parseNumber,
  parseText,
  type CalculatorState,
  type CompareOption,
  type NumberKey,
  type NumberSpec,
  type TextKey,
  type TextSpec,
} from './inputs';

/** The result of checking every field: parsed numbers, and a message for each field that failed. */
export interface CheckedInputs {
  values: Partial<Record<NumberKey, number>>;
  errors: Partial<Record<NumberKey | TextKey, string>>;
}

export function checkInputs(state: CalculatorState): CheckedInputs {
  const values: CheckedInputs['values'] = {};
  const errors: CheckedInputs['errors'] = {};
  for (const [name, spec] of Object.entries(NUMBER_FIELDS) as [NumberKey, NumberSpec][]) {
    const parsed = parseNumber(state.numbers[name], spec);
    if (!parsed.ok) errors[name] = parsed.message;
    else if (parsed.value !== undefined) values[name] = parsed.value;
  }
  for (const [name, spec] of Object.entries(TEXT_FIELDS) as [TextKey, TextSpec][]) {
    const parsed = parseText(state.texts[name], spec);
    if (!parsed.ok) errors[name] = parsed.message;
  }
  return { values, errors };
}

export const OPTION_LABELS: Record<CompareOption, string> = {
  fargate: 'Fargate on-demand',
  spot: 'Fargate Spot (ECS only)',
  ec2: 'EC2 On-Demand',
};

export type OptionStatus = 'ok' | 'unavailable' | 'needs-input';

export interface OptionCost {
  option: CompareOption;
  label: string;
  status: OptionStatus;
  /** Why the option is unavailable, or what to enter; empty when ok. */
  message: string;
  computeCents: number;
  controlPlaneCents: number;
  totalCents: number;
  /** The arithmetic in plain words. */
  workings: string[];
}

export interface Comparison {
  /** False when a field the workload needs is invalid or empty: no option can be priced. */
  ready: boolean;
  controlPlane: { cents: number; working: string };
  options: OptionCost[];
}

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

function duration(seconds: number): string {
  if (seconds < 120) return plural(Number(seconds.toFixed(3)), 'second', 'seconds');
  const hours = seconds / 3600;
  return hours < 2 ? plural(Number((seconds / 60).toFixed(2)), 'minute', 'minutes') : plural(Number(hours.toFixed(4)), 'hour', 'hours');
}

function pending(option: CompareOption, status: OptionStatus, message: string): OptionCost {
  return { option, label: OPTION_LABELS[option], status, message, computeCents: 0, controlPlaneCents: 0, totalCents: 0, workings: [] };
}

/** Prices every option the reader picked. Pure: the same state always gives the same comparison. */
export function compare(state: CalculatorState): Comparison {
  const { values, errors } = checkInputs(state);
  const workload = ['tasks', 'vcpu', 'memory', 'hours', 'runs'] as const;
  const eks = state.orchestrator === 'eks';
  const clusterFieldsOk = !eks || (values.clusters !== undefined && values.clusterHours !== undefined && !errors.clusters && !errors.clusterHours);
  const ready = workload.every((name) => values[name] !== undefined && !errors[name]) && clusterFieldsOk;

  const controlPlaneDollars = ready
    ? controlPlaneMonthly({ orchestrator: state.orchestrator, support: state.support, clusters: values.clusters ?? 0, hoursPerMonth: values.clusterHours ?? 0 })
    : 0;
  const controlPlaneCents = toCents(controlPlaneDollars);
  const controlPlaneWorking = eks
    ? `${plural(values.clusters ?? 0, 'cluster', 'clusters')} × ${formatNumber(values.clusterHours ?? 0)} hours × ${formatRate(CONTROL_PLANE_RATE[state.support])} per cluster-hour (${state.support} support) = ${formatCents(controlPlaneCents)}`
    : 'Amazon ECS has no control-plane charge: $0.00';

  if (!ready) return { ready, controlPlane: { cents: 0, working: controlPlaneWorking }, options: state.compare.map((option) => pending(option, 'needs-input', 'Fix the marked fields above to see this option.')) };

  const tasks = values.tasks ?? 0;
  const vcpu = values.vcpu ?? 0;
  const memoryGb = values.memory ?? 0;
  const hours = values.hours ?? 0;
  const runs = values.runs ?? 1;

  const withControlPlane = (option: CompareOption, computeDollars: number, workings: string[]): OptionCost => {
    const computeCents = toCents(computeDollars);
    return {
      option,
      label: OPTION_LABELS[option],
      status: 'ok',
      message: '',
      computeCents,
      controlPlaneCents,
      totalCents: computeCents + controlPlaneCents,
      workings: [...workings, `Control plane: ${controlPlaneWorking}.`],
    };
  };

  const fargatePricesMissing = values.fargateVcpuPrice === undefined || values.fargateGbPrice === undefined || errors.fargateVcpuPrice || errors.fargateGbPrice;
  const fargateSizeNote = `A Fargate task is ${FARGATE_TASK_LIMITS.minVcpu} to ${FARGATE_TASK_LIMITS.maxVcpu} vCPU with ${FARGATE_TASK_LIMITS.minMemoryGb} to ${FARGATE_TASK_LIMITS.maxMemoryGb} GB (Linux); this size does not fit.`;
  const regular =
    !fargatePricesMissing && fitsFargate(vcpu, memoryGb)
      ? fargateMonthly({ tasks, vcpu, memoryGb, hoursPerMonth: hours, runsPerMonth: runs, pricePerVcpuHour: values.fargateVcpuPrice ?? 0, pricePerGbHour: values.fargateGbPrice ?? 0 })
      : null;
  const fargateWorkings = regular
    ? [
        `One task costs ${formatNumber(vcpu)} vCPU × ${formatRate(values.fargateVcpuPrice ?? 0)} + ${formatNumber(memoryGb)} GB × ${formatRate(values.fargateGbPrice ?? 0)} = ${formatRate(regular.hourlyPerTask)} per hour.`,
        regular.billedSecondsPerRun > regular.runSeconds + 1e-9 && regular.runSeconds > 0
          ? `Each of the ${plural(runs, 'run', 'runs')} lasts ${duration(regular.runSeconds)} but is billed ${duration(regular.billedSecondsPerRun)} (per second, one-minute minimum), so each task is billed ${formatNumber(Number(regular.billedHoursPerTask.toFixed(6)))} hours.`
          : `Each task is billed ${formatNumber(Number(regular.billedHoursPerTask.toFixed(6)))} hours (${plural(runs, 'run', 'runs')}, billed per second).`,
        `Compute: ${plural(tasks, 'task', 'tasks')} × ${formatRate(regular.hourlyPerTask)} × ${formatNumber(Number(regular.billedHoursPerTask.toFixed(6)))} hours = ${formatCents(toCents(regular.dollars))}.`,
      ]
    : [];

  const options = state.compare.map((option): OptionCost => {
    if (option === 'fargate' || option === 'spot') {
      if (option === 'spot' && eks) return pending(option, 'unavailable', 'Not available: Amazon EKS does not support Fargate Spot.');
      if (option === 'spot' && state.arch === 'arm') return pending(option, 'unavailable', 'Not available: Fargate Spot does not run ARM64 tasks.');
      if (!fitsFargate(vcpu, memoryGb)) return pending(option, 'unavailable', `Not available: ${fargateSizeNote}`);
      if (!regular) return pending(option, 'needs-input', 'Enter the Fargate prices per vCPU-hour and per GB-hour to see this option.');
      if (option === 'fargate') return withControlPlane(option, regular.dollars, fargateWorkings);
      const discount = values.spotDiscount;
      if (discount === undefined || errors.spotDiscount) return pending(option, 'needs-input', 'Enter the Fargate Spot discount to see this option.');
      const spotDollars = fargateSpotMonthly(regular.dollars, discount);
      return withControlPlane(option, spotDollars, [
        ...fargateWorkings.slice(0, -1),
        `Compute: the regular Fargate cost, ${formatCents(toCents(regular.dollars))}, less ${formatNumber(discount)}% = ${formatCents(toCents(spotDollars))}.`,
      ]);
    }
    const { ec2Price, tasksPerInstance } = values;
    if (ec2Price === undefined || tasksPerInstance === undefined || errors.ec2Price || errors.tasksPerInstance) {
      return pending(option, 'needs-input', 'Enter the instance price per hour and how many tasks fit on one instance to see this option.');
    }
    const { instances, dollars } = ec2Monthly({ tasks, tasksPerInstance, pricePerInstanceHour: ec2Price, hoursPerMonth: hours });
    const type = state.texts.instanceType.trim() && !errors.instanceType ? `${state.texts.instanceType.trim()} ` : '';
    return withControlPlane(option, dollars, [
      `${plural(tasks, 'task', 'tasks')} at ${formatNumber(tasksPerInstance)} per instance need ${formatNumber(instances)} ${type}${instances === 1 ? 'instance' : 'instances'}.`,
      `Compute: ${plural(instances, 'instance', 'instances')} × ${formatRate(ec2Price)} per hour × ${formatNumber(hours)} hours = ${formatCents(toCents(dollars))}.`,
    ]);
  });

  return { ready, controlPlane: { cents: controlPlaneCents, working: controlPlaneWorking }, options };
}
