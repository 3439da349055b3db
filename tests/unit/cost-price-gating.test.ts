import { describe, expect, it } from 'vitest';
import { initialState, type NumberKey } from '@/lib/cost/inputs';
import { checkInputs, priceComparison, type CheckedInputs } from '@/lib/cost/price';
import { fargateMonthly } from '@/lib/cost/fargate';
import { example, optionOf, priceState, pricedOption } from '../support/cost-state';

const needs = (input: string) => ({ status: 'blocked', blocker: { kind: 'needs-input', input } });

describe('checking the form', () => {
  it('keeps only the numbers that were entered and passed, and a message for each field that failed', () => {
    const checked = checkInputs(example({ tasks: 'ten', fargateGbPrice: '' }, { texts: { instanceType: '<b>', region: 'eu-west-1' } }));
    expect(Object.keys(checked.values).sort()).toEqual(
      [
        'clusterHours',
        'clusters',
        'ec2Price',
        'fargateVcpuPrice',
        'hours',
        'memory',
        'runs',
        'spotDiscount',
        'tasksPerInstance',
        'vcpu',
      ].sort(),
    );
    expect(checked.errors).toEqual({
      tasks: 'Enter a number using digits and a dot, such as 10.',
      instanceType: 'Use letters, digits, dots and hyphens, like m7g.large.',
    });
  });

  it('records no error for a valid form', () => {
    expect(checkInputs(example({}, { texts: { instanceType: 'm7g.large', region: 'eu-west-1' } })).errors).toStrictEqual({});
  });
});

describe('which inputs each option needs', () => {
  it('prices every option of a complete form, with the figures it was worked out from', () => {
    const comparison = priceState(example());
    expect(comparison.ready).toBe(true);
    const regular = fargateMonthly({
      tasks: 10,
      vcpu: 1,
      memoryGb: 2,
      hoursPerMonth: 730,
      runsPerMonth: 1,
      pricePerVcpuHour: 0.05,
      pricePerGbHour: 0.005,
    });
    expect(pricedOption(comparison, 'fargate').basis).toEqual({ kind: 'fargate', cost: regular, vcpuPrice: 0.05, gbPrice: 0.005 });
    expect(pricedOption(comparison, 'spot').basis).toEqual({ kind: 'spot', cost: regular, vcpuPrice: 0.05, gbPrice: 0.005, discount: 70 });
    expect(pricedOption(comparison, 'ec2').basis).toEqual({ kind: 'ec2', instances: 3, tasksPerInstance: 4, price: 0.1, instanceType: '' });
  });

  it('needs both Fargate prices for Fargate and Fargate Spot, whichever one is missing', () => {
    for (const missing of [{ fargateVcpuPrice: '' }, { fargateGbPrice: '' }, { fargateVcpuPrice: 'x' }, { fargateGbPrice: '11' }]) {
      const comparison = priceState(example(missing));
      expect(optionOf(comparison, 'fargate'), JSON.stringify(missing)).toMatchObject(needs('fargate-prices'));
      expect(optionOf(comparison, 'spot'), JSON.stringify(missing)).toMatchObject(needs('fargate-prices'));
      expect(optionOf(comparison, 'ec2').status).toBe('priced');
    }
  });

  it('needs the EC2 price and the tasks per instance for EC2', () => {
    for (const missing of [{ ec2Price: '' }, { tasksPerInstance: '' }, { tasksPerInstance: '0' }]) {
      const comparison = priceState(example(missing));
      expect(optionOf(comparison, 'ec2'), JSON.stringify(missing)).toMatchObject(needs('ec2'));
      expect(optionOf(comparison, 'fargate').status).toBe('priced');
    }
  });

  it('needs the discount for Fargate Spot only', () => {
    for (const discount of ['', '101']) {
      const comparison = priceState(example({ spotDiscount: discount }));
      expect(optionOf(comparison, 'spot')).toMatchObject(needs('spot-discount'));
      expect(optionOf(comparison, 'fargate').status).toBe('priced');
    }
  });

  it('uses the instance type as trimmed, and leaves out one that fails its check', () => {
    const typed = priceState(example({}, { texts: { instanceType: '  m7g.large ' } }));
    expect(pricedOption(typed, 'ec2').basis).toMatchObject({ instanceType: 'm7g.large' });
    const hostile = priceState(example({}, { texts: { instanceType: '<script>' } }));
    expect(pricedOption(hostile, 'ec2').basis).toMatchObject({ instanceType: '' });
  });

  it('names the fact that rules an option out', () => {
    expect(optionOf(priceState(example({}, { orchestrator: 'eks', os: 'windows' })), 'fargate')).toEqual({
      option: 'fargate',
      status: 'blocked',
      blocker: { kind: 'unavailable', reason: 'eks-no-windows-fargate' },
    });
    expect(optionOf(priceState(example({}, { orchestrator: 'eks' })), 'spot')).toEqual({
      option: 'spot',
      status: 'blocked',
      blocker: { kind: 'unavailable', reason: 'eks-no-spot' },
    });
    expect(optionOf(priceState(example({}, { os: 'windows' })), 'spot')).toEqual({
      option: 'spot',
      status: 'blocked',
      blocker: { kind: 'unavailable', reason: 'windows-no-spot' },
    });
    expect(optionOf(priceState(example({ memory: '0.25' })), 'fargate')).toEqual({
      option: 'fargate',
      status: 'blocked',
      blocker: { kind: 'unavailable', reason: 'task-size', os: 'linux' },
    });
  });
});

describe('the EKS cluster fields', () => {
  it('are needed on EKS for any result', () => {
    for (const missing of [{ clusters: '' }, { clusterHours: '' }, { clusters: '0' }, { clusterHours: '745' }]) {
      const comparison = priceState(example(missing, { orchestrator: 'eks' }));
      expect(comparison.ready, JSON.stringify(missing)).toBe(false);
      expect(comparison.controlPlane.cents).toBe(0);
      expect(comparison.options.every((option) => option.status === 'blocked')).toBe(true);
    }
  });

  it('are ignored on ECS', () => {
    const comparison = priceState(example({ clusters: '', clusterHours: '' }));
    expect(comparison.ready).toBe(true);
    expect(pricedOption(comparison, 'fargate').totalCents).toBe(43_800);
  });
});

describe('pricing trusts the check, not just the parsed values', () => {
  // The form hands over the result of checkInputs; a value that is present but recorded as failing, or a value the
  // workload needs that is simply absent, must still block the options that depend on it.
  const state = example({}, { orchestrator: 'eks' });
  const valid = checkInputs(state);
  const withError = (name: NumberKey): CheckedInputs => ({ values: valid.values, errors: { [name]: 'failed' } });
  const without = (name: NumberKey): CheckedInputs => {
    const values = Object.fromEntries(Object.entries(valid.values).filter(([key]) => key !== name));
    return { values, errors: {} };
  };

  it('blocks every option when a workload or cluster field is absent or failed', () => {
    for (const name of ['tasks', 'vcpu', 'memory', 'hours', 'runs', 'clusters', 'clusterHours'] as const) {
      for (const checked of [withError(name), without(name)]) {
        const comparison = priceComparison(state, checked);
        expect(comparison.ready, name).toBe(false);
        expect(comparison.workload, name).toBeNull();
        expect(comparison.options.map((option) => option.status)).toEqual(['blocked', 'blocked', 'blocked']);
      }
    }
  });

  it('blocks only the option whose own price failed its check', () => {
    const ecs = example();
    const ecsValid = checkInputs(ecs);
    const failing = (name: NumberKey): CheckedInputs => ({ values: ecsValid.values, errors: { [name]: 'failed' } });
    for (const name of ['fargateVcpuPrice', 'fargateGbPrice'] as const) {
      const comparison = priceComparison(ecs, failing(name));
      expect(optionOf(comparison, 'fargate'), name).toMatchObject(needs('fargate-prices'));
      expect(optionOf(comparison, 'ec2').status).toBe('priced');
    }
    for (const name of ['ec2Price', 'tasksPerInstance'] as const) {
      const comparison = priceComparison(ecs, failing(name));
      expect(optionOf(comparison, 'ec2'), name).toMatchObject(needs('ec2'));
      expect(optionOf(comparison, 'fargate').status).toBe('priced');
    }
    const spot = priceComparison(ecs, failing('spotDiscount'));
    expect(optionOf(spot, 'spot')).toMatchObject(needs('spot-discount'));
    expect(optionOf(spot, 'fargate').status).toBe('priced');
  });

  it('starts a fresh form ready, with no price entered yet', () => {
    const comparison = priceState(initialState());
    expect(comparison.ready).toBe(true);
    expect(comparison.options.map((option) => option.status)).toEqual(['blocked', 'blocked', 'blocked']);
  });
});
