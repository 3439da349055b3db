import { fargateBlocker, fargateMonthly, fargateSpotBlocker, fargateSpotMonthly, fitsFargate, type FargateCost } from './fargate';
import { ec2Monthly } from './ec2';
import { CONTROL_PLANE_RATE, controlPlaneMonthly } from './control-plane';
import { toCents } from './money';
import {
  NUMBER_FIELDS,
  TEXT_FIELDS,
  parseNumber,
  parseText,
  type CalculatorState,
  type CompareOption,
  type NumberKey,
  type TextKey,
} from './inputs';

/** Every field checked once: the parsed numbers, and a message for each field that failed. */
export interface CheckedInputs {
  values: Partial<Record<NumberKey, number>>;
  errors: Partial<Record<NumberKey | TextKey, string>>;
}

export function checkInputs(state: CalculatorState): CheckedInputs {
  const values: CheckedInputs['values'] = {};
  const errors: CheckedInputs['errors'] = {};
  for (const name of Object.keys(NUMBER_FIELDS) as NumberKey[]) {
    const parsed = parseNumber(state.numbers[name], NUMBER_FIELDS[name]);
    if (!parsed.ok) errors[name] = parsed.message;
    else if (parsed.value !== undefined) values[name] = parsed.value;
  }
  for (const name of Object.keys(TEXT_FIELDS) as TextKey[]) {
    const parsed = parseText(state.texts[name], TEXT_FIELDS[name]);
    if (!parsed.ok) errors[name] = parsed.message;
  }
  return { values, errors };
}

/** The workload as entered, once every field it needs has passed its check. */
export interface Workload {
  tasks: number;
  vcpu: number;
  memoryGb: number;
  hours: number;
  runs: number;
}

export interface ControlPlaneCost {
  orchestrator: CalculatorState['orchestrator'];
  support: CalculatorState['support'];
  clusters: number;
  clusterHours: number;
  rate: number;
  cents: number;
}

/** Why an option has no price: the facts that rule it out, or the input it still needs. */
export type Blocker =
  | { kind: 'unavailable'; reason: 'eks-no-spot' | 'windows-no-spot' | 'eks-no-windows-fargate' }
  | { kind: 'unavailable'; reason: 'task-size'; os: CalculatorState['os'] }
  | { kind: 'needs-input'; input: 'workload' | 'fargate-prices' | 'spot-discount' | 'ec2' };

export type OptionPrice = { option: CompareOption } & (
  { status: 'priced'; computeCents: number; totalCents: number; basis: PriceBasis } | { status: 'blocked'; blocker: Blocker }
);

/** The figures a priced option was worked out from, for its explanation. */
export type PriceBasis =
  | { kind: 'fargate'; cost: FargateCost; vcpuPrice: number; gbPrice: number }
  | { kind: 'spot'; cost: FargateCost; vcpuPrice: number; gbPrice: number; discount: number }
  | { kind: 'ec2'; instances: number; tasksPerInstance: number; price: number; instanceType: string };

export interface PricedComparison {
  /** False when a field the workload needs is invalid or empty: no option can be priced. */
  ready: boolean;
  workload: Workload | null;
  controlPlane: ControlPlaneCost;
  options: OptionPrice[];
}

function workloadOf({ values, errors }: CheckedInputs): Workload | null {
  const { tasks, vcpu, memory, hours, runs } = values;
  if (tasks === undefined || vcpu === undefined || memory === undefined || hours === undefined || runs === undefined) return null;
  if (errors.tasks || errors.vcpu || errors.memory || errors.hours || errors.runs) return null;
  return { tasks, vcpu, memoryGb: memory, hours, runs };
}

/** Prices every option the reader picked, in cents. Pure: the same state always gives the same comparison. */
export function priceComparison(state: CalculatorState, checked: CheckedInputs): PricedComparison {
  const { values, errors } = checked;
  const eks = state.orchestrator === 'eks';
  const clustersOk =
    !eks || (values.clusters !== undefined && values.clusterHours !== undefined && !errors.clusters && !errors.clusterHours);
  const workload = clustersOk ? workloadOf(checked) : null;
  const clusters = values.clusters ?? 0;
  const clusterHours = values.clusterHours ?? 0;
  const controlPlane: ControlPlaneCost = {
    orchestrator: state.orchestrator,
    support: state.support,
    clusters,
    clusterHours,
    rate: CONTROL_PLANE_RATE[state.support],
    cents: workload
      ? toCents(controlPlaneMonthly({ orchestrator: state.orchestrator, support: state.support, clusters, hoursPerMonth: clusterHours }))
      : 0,
  };
  const blocked = (option: CompareOption, blocker: Blocker): OptionPrice => ({ option, status: 'blocked', blocker });
  if (!workload) {
    return {
      ready: false,
      workload,
      controlPlane,
      options: state.compare.map((option) => blocked(option, { kind: 'needs-input', input: 'workload' })),
    };
  }
  const priced = (option: CompareOption, dollars: number, basis: PriceBasis): OptionPrice => {
    const computeCents = toCents(dollars);
    return { option, status: 'priced', computeCents, totalCents: computeCents + controlPlane.cents, basis };
  };

  const { fargateVcpuPrice: vcpuPrice, fargateGbPrice: gbPrice } = values;
  const regular =
    vcpuPrice !== undefined && gbPrice !== undefined && !errors.fargateVcpuPrice && !errors.fargateGbPrice
      ? fargateMonthly({
          tasks: workload.tasks,
          vcpu: workload.vcpu,
          memoryGb: workload.memoryGb,
          hoursPerMonth: workload.hours,
          runsPerMonth: workload.runs,
          pricePerVcpuHour: vcpuPrice,
          pricePerGbHour: gbPrice,
        })
      : null;

  const options = state.compare.map((option): OptionPrice => {
    if (option === 'ec2') {
      const { ec2Price, tasksPerInstance } = values;
      if (ec2Price === undefined || tasksPerInstance === undefined || errors.ec2Price || errors.tasksPerInstance)
        return blocked(option, { kind: 'needs-input', input: 'ec2' });
      const { instances, dollars } = ec2Monthly({
        tasks: workload.tasks,
        tasksPerInstance,
        pricePerInstanceHour: ec2Price,
        hoursPerMonth: workload.hours,
      });
      const instanceType = errors.instanceType ? '' : state.texts.instanceType.trim();
      return priced(option, dollars, { kind: 'ec2', instances, tasksPerInstance, price: ec2Price, instanceType });
    }
    if (fargateBlocker(state.orchestrator, state.os)) return blocked(option, { kind: 'unavailable', reason: 'eks-no-windows-fargate' });
    if (option === 'spot') {
      const spot = fargateSpotBlocker(state.orchestrator, state.os);
      if (spot) return blocked(option, { kind: 'unavailable', reason: spot === 'eks' ? 'eks-no-spot' : 'windows-no-spot' });
    }
    if (!fitsFargate(workload.vcpu, workload.memoryGb, state.os))
      return blocked(option, { kind: 'unavailable', reason: 'task-size', os: state.os });
    if (!regular || vcpuPrice === undefined || gbPrice === undefined)
      return blocked(option, { kind: 'needs-input', input: 'fargate-prices' });
    if (option === 'fargate') return priced(option, regular.dollars, { kind: 'fargate', cost: regular, vcpuPrice, gbPrice });
    const discount = values.spotDiscount;
    if (discount === undefined || errors.spotDiscount) return blocked(option, { kind: 'needs-input', input: 'spot-discount' });
    return priced(option, fargateSpotMonthly(regular.dollars, discount), { kind: 'spot', cost: regular, vcpuPrice, gbPrice, discount });
  });

  return { ready: true, workload, controlPlane, options };
}
