import { describe, expect, it } from 'vitest';
import { billedSecondsPerRun, fargateMonthly, fitsFargate } from '@/lib/cost/fargate';
import { instancesNeeded } from '@/lib/cost/ec2';
import { toCents } from '@/lib/cost/money';

describe('Fargate billing edges', () => {
  it('bills nothing for a run of no time, a negative time or no number at all', () => {
    expect(billedSecondsPerRun(0)).toBe(0);
    expect(billedSecondsPerRun(-5)).toBe(0);
    expect(billedSecondsPerRun(Number.NaN)).toBe(0);
  });

  it('bills nothing when a task never runs, instead of dividing by zero runs', () => {
    const never = fargateMonthly({
      tasks: 3,
      vcpu: 1,
      memoryGb: 2,
      hoursPerMonth: 730,
      runsPerMonth: 0,
      pricePerVcpuHour: 0.05,
      pricePerGbHour: 0.005,
    });
    expect(never).toMatchObject({ runSeconds: 0, billedSecondsPerRun: 0, billedHoursPerTask: 0, dollars: 0 });
  });

  it('refuses a task with less memory than the smallest Fargate size', () => {
    expect(fitsFargate(1, 0.5)).toBe(true);
    expect(fitsFargate(1, 0.25)).toBe(false);
  });
});

describe('errors that name the problem', () => {
  it('says why an instance count or an amount cannot be worked out', () => {
    expect(() => instancesNeeded(4, 0)).toThrow('tasks per instance must be more than 0');
    expect(() => toCents(Number.POSITIVE_INFINITY)).toThrow('not a finite amount: Infinity');
  });
});
