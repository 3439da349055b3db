import { describe, expect, it } from 'vitest';
import { blockerMessage, OPTION_LABELS, summary, workings } from '@/lib/cost/explain';
import { initialState } from '@/lib/cost/inputs';
import type { PricedComparison } from '@/lib/cost/price';
import { example, edit, optionOf, priceState, pricedOption } from '../support/cost-state';
import type { CompareOption } from '@/lib/cost/inputs';

function explain(comparison: PricedComparison, option: CompareOption): string[] {
  return workings(comparison, pricedOption(comparison, option));
}

function whyNot(comparison: PricedComparison, option: CompareOption): string {
  const found = optionOf(comparison, option);
  if (found.status !== 'blocked') throw new Error(`${option} was priced`);
  return blockerMessage(found.blocker);
}

/** The line that says how each task's hours are billed. */
function billingLine(numbers: Parameters<typeof example>[0]): string {
  return explain(priceState(example(numbers)), 'fargate')[1];
}

describe('cost workings: Fargate', () => {
  it('works out one task per hour, the billed hours, the compute cost and the ECS control plane', () => {
    expect(explain(priceState(example()), 'fargate')).toEqual([
      'One task costs 1 vCPU × $0.05 + 2 GB × $0.005 = $0.06 per hour.',
      'Each task is billed 730 hours (1 run, billed per second).',
      'Compute: 10 tasks × $0.06 × 730 hours = $438.00.',
      'Control plane: Amazon ECS has no control-plane charge: $0.00.',
    ]);
  });

  it('speaks of one task, one run and many runs in the right number', () => {
    const lines = explain(priceState(example({ tasks: '1', runs: '2' })), 'fargate');
    expect(lines[1]).toBe('Each task is billed 730 hours (2 runs, billed per second).');
    expect(lines[2]).toBe('Compute: 1 task × $0.06 × 730 hours = $43.80.');
  });

  it('says when runs are billed longer than they last, in seconds for short runs', () => {
    // 1 hour over 1,000 runs is 3.6 seconds a run, billed as 4: 4,000 seconds is 1.111111 hours.
    const comparison = priceState(example({ hours: '1', runs: '1000' }));
    expect(explain(comparison, 'fargate').slice(1, 3)).toEqual([
      'Each of the 1,000 runs lasts 3.6 seconds but is billed 4 seconds (per second, rounded up), so each task is billed 1.111111 hours.',
      'Compute: 10 tasks × $0.06 × 1.111111 hours = $0.67.',
    ]);
  });

  it('switches from seconds to minutes at two minutes', () => {
    // 119.49999984 seconds, billed as exactly 120.
    expect(billingLine({ hours: '0.0331944444' })).toBe(
      'Each of the 1 run lasts 119.5 seconds but is billed 2 minutes (per second, rounded up), so each task is billed 0.033333 hours.',
    );
  });

  it('speaks of a single second', () => {
    // 0.1 hour over 1,000 runs is 0.36 seconds a run, billed as 1.
    expect(billingLine({ hours: '0.1', runs: '1000' })).toBe(
      'Each of the 1,000 runs lasts 0.36 seconds but is billed 1 second (per second, rounded up), so each task is billed 0.277778 hours.',
    );
  });

  it('gives runs of a few minutes in minutes', () => {
    // 1 hour over 7 runs is 514.29 seconds a run, billed as 515.
    expect(billingLine({ hours: '1', runs: '7' })).toBe(
      'Each of the 7 runs lasts 8.57 minutes but is billed 8.58 minutes (per second, rounded up), so each task is billed 1.001389 hours.',
    );
  });

  it('switches from minutes to hours at two hours', () => {
    // 7,199.4999996 seconds, billed as exactly 7,200.
    expect(billingLine({ hours: '1.999861111' })).toBe(
      'Each of the 1 run lasts 119.99 minutes but is billed 2 hours (per second, rounded up), so each task is billed 2 hours.',
    );
  });

  it('gives long runs in hours', () => {
    // 36,000.36 seconds, billed as 36,001.
    expect(billingLine({ hours: '10.0001' })).toBe(
      'Each of the 1 run lasts 10.0001 hours but is billed 10.0003 hours (per second, rounded up), so each task is billed 10.000278 hours.',
    );
  });

  it('does not claim rounding when a run is already whole seconds, nor when nothing runs', () => {
    expect(billingLine({ hours: '730', runs: '3' })).toBe('Each task is billed 730 hours (3 runs, billed per second).');
    expect(billingLine({ hours: '0' })).toBe('Each task is billed 0 hours (1 run, billed per second).');
    // A run of 3.999999999 seconds (floating-point noise away from 4) is billed 4 seconds: no rounding worth a word.
    expect(billingLine({ hours: '0.0011111111108333333' })).toBe('Each task is billed 0.001111 hours (1 run, billed per second).');
  });
});

describe('cost workings: Fargate Spot and EC2', () => {
  it('takes the discount off the regular Fargate cost', () => {
    expect(explain(priceState(example()), 'spot')).toEqual([
      'One task costs 1 vCPU × $0.05 + 2 GB × $0.005 = $0.06 per hour.',
      'Each task is billed 730 hours (1 run, billed per second).',
      'Compute: the regular Fargate cost, $438.00, less 70% = $131.40.',
      'Control plane: Amazon ECS has no control-plane charge: $0.00.',
    ]);
  });

  it('counts whole instances and bills each for the hours', () => {
    expect(explain(priceState(example()), 'ec2')).toEqual([
      '10 tasks at 4 per instance need 3 instances.',
      'Compute: 3 instances × $0.10 per hour × 730 hours = $219.00.',
      'Control plane: Amazon ECS has no control-plane charge: $0.00.',
    ]);
  });

  it('names the instance type when the reader gave one, and speaks of a single instance', () => {
    const lines = explain(priceState(example({ tasks: '1' }, { texts: { instanceType: 'm7g.large' } })), 'ec2');
    expect(lines.slice(0, 2)).toEqual([
      '1 task at 4 per instance need 1 m7g.large instance.',
      'Compute: 1 instance × $0.10 per hour × 730 hours = $73.00.',
    ]);
  });
});

describe('cost workings: EKS control plane', () => {
  it('multiplies clusters, hours and the support rate', () => {
    const standard = priceState(example({}, { orchestrator: 'eks' }));
    expect(explain(standard, 'fargate').at(-1)).toBe(
      'Control plane: 1 cluster × 730 hours × $0.10 per cluster-hour (standard support) = $73.00.',
    );
    const extended = priceState(example({ clusters: '3' }, { orchestrator: 'eks', support: 'extended' }));
    expect(explain(extended, 'ec2').at(-1)).toBe(
      'Control plane: 3 clusters × 730 hours × $0.60 per cluster-hour (extended support) = $1,314.00.',
    );
  });

  it('has nothing to explain without a workload', () => {
    const comparison = priceState(example());
    expect(workings({ ...comparison, workload: null }, pricedOption(comparison, 'fargate'))).toEqual([]);
  });
});

describe('why an option has no price', () => {
  it('names the input still missing', () => {
    const empty = priceState(initialState());
    expect(whyNot(empty, 'fargate')).toBe('Enter the Fargate prices per vCPU-hour and per GB-hour to see this option.');
    expect(whyNot(empty, 'spot')).toBe('Enter the Fargate prices per vCPU-hour and per GB-hour to see this option.');
    expect(whyNot(empty, 'ec2')).toBe('Enter the instance price per hour and how many tasks fit on one instance to see this option.');
    expect(whyNot(priceState(example({ spotDiscount: '' })), 'spot')).toBe('Enter the Fargate Spot discount to see this option.');
    expect(whyNot(priceState(example({ tasks: '' })), 'ec2')).toBe('Fix the marked fields above to see this option.');
  });

  it('gives the Fargate task sizes a Linux or Windows task must keep to', () => {
    expect(whyNot(priceState(example({ vcpu: '32' })), 'fargate')).toBe(
      'Not available: a Fargate task is 0.25 to 16 vCPU with 0.5 to 120 GB (Linux); this size does not fit.',
    );
    expect(whyNot(priceState(example({ vcpu: '8', memory: '16' }, { os: 'windows' })), 'fargate')).toBe(
      'Not available: a Windows task on Fargate is 1 to 4 vCPU; this size does not fit.',
    );
  });
});

describe('the summary a screen reader hears', () => {
  it('lists each priced option with its monthly total, leaving out the ones without a price', () => {
    expect(summary(priceState(example()))).toBe(
      'Per month: Fargate on-demand $438.00; Fargate Spot (ECS only) $131.40; EC2 On-Demand $219.00.',
    );
    expect(summary(priceState(example({}, { orchestrator: 'eks' })))).toBe('Per month: Fargate on-demand $511.00; EC2 On-Demand $292.00.');
    expect(Object.keys(OPTION_LABELS).sort()).toEqual(['ec2', 'fargate', 'spot']);
  });

  it('asks for fixes first, then for an option, then for prices', () => {
    expect(summary(priceState(edit(example({ tasks: '' }), {}, { compare: [] })))).toBe('No result yet: fix the marked fields.');
    expect(summary(priceState(example({}, { compare: [] })))).toBe('Pick at least one option to compare.');
    expect(summary(priceState(initialState()))).toBe('No option can be priced yet: enter your prices.');
  });
});
