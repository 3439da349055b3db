import { FARGATE_TASK_LIMITS, FARGATE_WINDOWS_VCPU } from './fargate';
import { formatCents, formatNumber, formatRate, toCents } from './money';
import type { CompareOption } from './inputs';
import type { Blocker, ControlPlaneCost, OptionPrice, PriceBasis, PricedComparison, Workload } from './price';

// The cost what-if in words: labels, why an option has no price, and how each figure was worked out.

export const OPTION_LABELS: Record<CompareOption, string> = {
  fargate: 'Fargate on-demand',
  spot: 'Fargate Spot (ECS only)',
  ec2: 'EC2 On-Demand',
};

function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

function duration(seconds: number): string {
  if (seconds < 120) return plural(Number(seconds.toFixed(3)), 'second', 'seconds');
  const hours = seconds / 3600;
  return hours < 2 ? plural(Number((seconds / 60).toFixed(2)), 'minute', 'minutes') : plural(Number(hours.toFixed(4)), 'hour', 'hours');
}

/** Why an option has no price, or what to enter for one. */
export function blockerMessage(blocker: Blocker): string {
  if (blocker.kind === 'needs-input') {
    switch (blocker.input) {
      case 'workload':
        return 'Fix the marked fields above to see this option.';
      case 'fargate-prices':
        return 'Enter the Fargate prices per vCPU-hour and per GB-hour to see this option.';
      case 'spot-discount':
        return 'Enter the Fargate Spot discount to see this option.';
      case 'ec2':
        return 'Enter the instance price per hour and how many tasks fit on one instance to see this option.';
    }
  }
  switch (blocker.reason) {
    case 'eks-no-spot':
      return 'Not available: Amazon EKS does not support Fargate Spot.';
    case 'windows-no-spot':
      return 'Not available: Fargate Spot does not run Windows tasks.';
    case 'eks-no-windows-fargate':
      return 'Not available: Amazon EKS on Fargate does not run Windows pods.';
    case 'task-size':
      return blocker.os === 'windows'
        ? `Not available: a Windows task on Fargate is ${FARGATE_WINDOWS_VCPU.min} to ${FARGATE_WINDOWS_VCPU.max} vCPU; this size does not fit.`
        : `Not available: a Fargate task is ${FARGATE_TASK_LIMITS.minVcpu} to ${FARGATE_TASK_LIMITS.maxVcpu} vCPU with ${FARGATE_TASK_LIMITS.minMemoryGb} to ${FARGATE_TASK_LIMITS.maxMemoryGb} GB (Linux); this size does not fit.`;
  }
}

function controlPlaneWorking(controlPlane: ControlPlaneCost): string {
  if (controlPlane.orchestrator === 'ecs') return 'Amazon ECS has no control-plane charge: $0.00';
  return `${plural(controlPlane.clusters, 'cluster', 'clusters')} × ${formatNumber(controlPlane.clusterHours)} hours × ${formatRate(controlPlane.rate)} per cluster-hour (${controlPlane.support} support) = ${formatCents(controlPlane.cents)}`;
}

function fargateWorkings(workload: Workload, basis: Extract<PriceBasis, { kind: 'fargate' | 'spot' }>): string[] {
  const { cost } = basis;
  const billedHours = formatNumber(Number(cost.billedHoursPerTask.toFixed(6)));
  return [
    `One task costs ${formatNumber(workload.vcpu)} vCPU × ${formatRate(basis.vcpuPrice)} + ${formatNumber(workload.memoryGb)} GB × ${formatRate(basis.gbPrice)} = ${formatRate(cost.hourlyPerTask)} per hour.`,
    cost.billedSecondsPerRun > cost.runSeconds + 1e-9 && cost.runSeconds > 0
      ? `Each of the ${plural(workload.runs, 'run', 'runs')} lasts ${duration(cost.runSeconds)} but is billed ${duration(cost.billedSecondsPerRun)} (per second, rounded up), so each task is billed ${billedHours} hours.`
      : `Each task is billed ${billedHours} hours (${plural(workload.runs, 'run', 'runs')}, billed per second).`,
  ];
}

function computeWorking(workload: Workload, option: Extract<OptionPrice, { status: 'priced' }>): string[] {
  const { basis } = option;
  switch (basis.kind) {
    case 'fargate':
      return [
        ...fargateWorkings(workload, basis),
        `Compute: ${plural(workload.tasks, 'task', 'tasks')} × ${formatRate(basis.cost.hourlyPerTask)} × ${formatNumber(Number(basis.cost.billedHoursPerTask.toFixed(6)))} hours = ${formatCents(option.computeCents)}.`,
      ];
    case 'spot':
      return [
        ...fargateWorkings(workload, basis),
        `Compute: the regular Fargate cost, ${formatCents(toCents(basis.cost.dollars))}, less ${formatNumber(basis.discount)}% = ${formatCents(option.computeCents)}.`,
      ];
    case 'ec2': {
      const type = basis.instanceType ? `${basis.instanceType} ` : '';
      return [
        `${plural(workload.tasks, 'task', 'tasks')} at ${formatNumber(basis.tasksPerInstance)} per instance need ${formatNumber(basis.instances)} ${type}${basis.instances === 1 ? 'instance' : 'instances'}.`,
        `Compute: ${plural(basis.instances, 'instance', 'instances')} × ${formatRate(basis.price)} per hour × ${formatNumber(workload.hours)} hours = ${formatCents(option.computeCents)}.`,
      ];
    }
  }
}

/** How a priced option's total was worked out, line by line, ending with the control plane. */
export function workings(comparison: PricedComparison, option: Extract<OptionPrice, { status: 'priced' }>): string[] {
  if (!comparison.workload) return [];
  return [...computeWorking(comparison.workload, option), `Control plane: ${controlPlaneWorking(comparison.controlPlane)}.`];
}

/** The one-line summary a screen reader hears after each change. */
export function summary(comparison: PricedComparison): string {
  const priced = comparison.options.filter((option) => option.status === 'priced');
  if (!comparison.ready) return 'No result yet: fix the marked fields.';
  if (comparison.options.length === 0) return 'Pick at least one option to compare.';
  if (priced.length === 0) return 'No option can be priced yet: enter your prices.';
  return `Per month: ${priced.map((option) => `${OPTION_LABELS[option.option]} ${formatCents(option.totalCents)}`).join('; ')}.`;
}
