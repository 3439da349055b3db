import { initialState, type CalculatorState } from './inputs';

/**
 * The worked example on the pricing page ("Worked example"). The Fargate and EC2
 * prices are made-up round numbers to show the arithmetic, not AWS rates. The same figures are checked in
 * the arithmetic tests, the content test of the page's prose and the browser test.
 */
export const WORKED_EXAMPLE = {
  tasks: '10',
  vcpu: '1',
  memory: '2',
  hours: '730',
  fargateVcpuPrice: '0.05',
  fargateGbPrice: '0.005',
  ec2Price: '0.1',
  tasksPerInstance: '4',
} as const;

/** Expected monthly totals, as the page prints them. */
export const WORKED_EXAMPLE_TOTALS = {
  ecs: { fargate: '$438.00', spot: '$131.40', ec2: '$219.00' },
  eksStandard: { controlPlane: '$73.00', fargate: '$511.00', ec2: '$292.00' },
  eksExtended: { controlPlane: '$438.00', fargate: '$876.00' },
} as const;

export function workedExampleState(): CalculatorState {
  const state = initialState();
  return { ...state, numbers: { ...state.numbers, ...WORKED_EXAMPLE } };
}
