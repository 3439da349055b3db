import { describe, expect, it } from 'vitest';
import { billedSecondsPerRun, fargateMonthly, fargateSpotMonthly, fitsFargate } from '@/lib/cost/fargate';
import { CONTROL_PLANE_RATE, clusterHours, controlPlaneMonthly } from '@/lib/cost/control-plane';
import { ec2Monthly, instancesNeeded } from '@/lib/cost/ec2';
import { formatCents, toCents } from '@/lib/cost/money';
import { checkInputs, priceComparison } from '@/lib/cost/price';
import { blockerMessage, workings } from '@/lib/cost/explain';
import type { CalculatorState } from '@/lib/cost/inputs';
import { WORKED_EXAMPLE_TOTALS, workedExampleState } from '@/lib/cost/example';
import { PRICES, PRICES_CHECKED, PRICES_REGION } from '@/lib/data/prices';

const ONE_TASK = { tasks: 1, vcpu: 1, memoryGb: 2, pricePerVcpuHour: 0.06, pricePerGbHour: 0.006 };

describe('Fargate billing', () => {
  it('bills per second, rounded up to the next whole second, with no minimum the pricing page would state', () => {
    expect(billedSecondsPerRun(30)).toBe(30);
    expect(billedSecondsPerRun(1)).toBe(1);
    expect(billedSecondsPerRun(0.2)).toBe(1);
    expect(billedSecondsPerRun(60.2)).toBe(61);
    expect(billedSecondsPerRun(61)).toBe(61);
    expect(billedSecondsPerRun(0)).toBe(0);
    // 0.1 hour is 360 seconds, not 361 (floating point gives 360.00000000000006).
    expect(billedSecondsPerRun(0.1 * 3600)).toBe(360);

    const thirtySeconds = fargateMonthly({ ...ONE_TASK, hoursPerMonth: 30 / 3600, runsPerMonth: 1 });
    const oneMinute = fargateMonthly({ ...ONE_TASK, hoursPerMonth: 1 / 60, runsPerMonth: 1 });
    expect(thirtySeconds.billedSecondsPerRun).toBe(30);
    expect(thirtySeconds.dollars * 2).toBeCloseTo(oneMinute.dollars, 12);
    // (1 × 0.06 + 2 × 0.006) per hour for one minute = 0.072 / 60.
    expect(oneMinute.dollars).toBeCloseTo(0.0012, 12);
  });

  it('rounds every run up on its own: 1,000 runs of 30.4 seconds are billed as 1,000 × 31 seconds', () => {
    const jobs = fargateMonthly({ ...ONE_TASK, hoursPerMonth: (1000 * 30.4) / 3600, runsPerMonth: 1000 });
    expect(jobs.runSeconds).toBeCloseTo(30.4, 9);
    expect(jobs.billedSecondsPerRun).toBe(31);
    expect(jobs.billedHoursPerTask).toBeCloseTo((1000 * 31) / 3600, 9);
    expect(toCents(jobs.dollars)).toBe(62); // 31,000 seconds × $0.072 per hour ÷ 3,600
  });

  it('prices vCPU and memory separately and multiplies by tasks and hours', () => {
    const month = fargateMonthly({
      tasks: 10,
      vcpu: 1,
      memoryGb: 2,
      hoursPerMonth: 730,
      runsPerMonth: 1,
      pricePerVcpuHour: 0.05,
      pricePerGbHour: 0.005,
    });
    expect(month.hourlyPerTask).toBeCloseTo(0.06, 12);
    expect(month.billedHoursPerTask).toBe(730);
    expect(toCents(month.dollars)).toBe(43_800);
  });

  it('Fargate Spot is the regular price less the discount', () => {
    expect(toCents(fargateSpotMonthly(438, 70))).toBe(13_140);
    expect(fargateSpotMonthly(100, 0)).toBe(100);
    expect(fargateSpotMonthly(100, 100)).toBe(0);
  });

  it('knows the Linux Fargate task sizes (0.25 vCPU / 0.5 GB to 16 vCPU / 120 GB)', () => {
    expect(fitsFargate(0.25, 0.5)).toBe(true);
    expect(fitsFargate(16, 120)).toBe(true);
    expect(fitsFargate(17, 32)).toBe(false);
    expect(fitsFargate(4, 121)).toBe(false);
    expect(fitsFargate(0.125, 1)).toBe(false);
  });
});

describe('EKS control plane', () => {
  it('charges cluster-hours × $0.10 in standard support and $0.60 in total in extended support; ECS charges nothing', () => {
    expect(CONTROL_PLANE_RATE).toEqual({ standard: 0.1, extended: 0.6 });
    expect(clusterHours(3, 730)).toBe(2190);
    expect(toCents(controlPlaneMonthly({ orchestrator: 'eks', support: 'standard', clusters: 1, hoursPerMonth: 730 }))).toBe(7_300);
    expect(toCents(controlPlaneMonthly({ orchestrator: 'eks', support: 'extended', clusters: 1, hoursPerMonth: 730 }))).toBe(43_800);
    expect(toCents(controlPlaneMonthly({ orchestrator: 'eks', support: 'standard', clusters: 3, hoursPerMonth: 730 }))).toBe(21_900);
    // Extended support is six times standard: the $0.60 is the whole rate, not $0.10 + $0.60.
    expect(CONTROL_PLANE_RATE.extended / CONTROL_PLANE_RATE.standard).toBeCloseTo(6, 12);
    expect(controlPlaneMonthly({ orchestrator: 'ecs', support: 'extended', clusters: 5, hoursPerMonth: 730 })).toBe(0);
  });
});

describe('EC2 On-Demand', () => {
  it('buys whole instances for the tasks and bills each for the hours', () => {
    expect(instancesNeeded(10, 4)).toBe(3);
    expect(instancesNeeded(8, 4)).toBe(2);
    expect(instancesNeeded(1, 100)).toBe(1);
    expect(() => instancesNeeded(1, 0)).toThrow(RangeError);
    const month = ec2Monthly({ tasks: 10, tasksPerInstance: 4, pricePerInstanceHour: 0.1, hoursPerMonth: 730 });
    expect(month.instances).toBe(3);
    expect(toCents(month.dollars)).toBe(21_900);
  });
});

describe('rounding', () => {
  it('rounds each line half up to the cent after removing floating-point noise, and totals the rounded lines', () => {
    expect(Math.round(1.005 * 100)).toBe(100); // the noise this guards against: 1.005 × 100 = 100.49999999999999
    expect(toCents(1.005)).toBe(101);
    expect(toCents(438 * (1 - 0.7))).toBe(13_140);
    expect(toCents(0.125)).toBe(13);
    expect(toCents(0.124999)).toBe(12);
    expect(formatCents(123_456)).toBe('$1,234.56');
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
  });
});

function price(state: CalculatorState) {
  return priceComparison(state, checkInputs(state));
}

/** Each option's total as the page prints it, or the sentence that says why it has none. */
function byOption(state: CalculatorState) {
  return Object.fromEntries(
    price(state).options.map((option) => [
      option.option,
      option.status === 'priced' ? formatCents(option.totalCents) : blockerMessage(option.blocker),
    ]),
  );
}

describe('the worked example on the pricing page', () => {
  it('gives the documented totals on ECS, on EKS in standard support and in extended support', () => {
    const ecs = workedExampleState();
    expect(byOption(ecs)).toEqual(WORKED_EXAMPLE_TOTALS.ecs);

    const eks = { ...ecs, orchestrator: 'eks' as const };
    expect(formatCents(price(eks).controlPlane.cents)).toBe(WORKED_EXAMPLE_TOTALS.eksStandard.controlPlane);
    expect(byOption(eks)).toMatchObject({ fargate: WORKED_EXAMPLE_TOTALS.eksStandard.fargate, ec2: WORKED_EXAMPLE_TOTALS.eksStandard.ec2 });
    expect(byOption(eks).spot).toMatch(/EKS does not support Fargate Spot/);

    const extended = { ...eks, support: 'extended' as const };
    expect(formatCents(price(extended).controlPlane.cents)).toBe(WORKED_EXAMPLE_TOTALS.eksExtended.controlPlane);
    expect(byOption(extended).fargate).toBe(WORKED_EXAMPLE_TOTALS.eksExtended.fargate);
  });

  it('explains the arithmetic in words, including the control plane', () => {
    const comparison = price(workedExampleState());
    const fargate = comparison.options.find((option) => option.option === 'fargate');
    expect(fargate?.status).toBe('priced');
    if (fargate?.status !== 'priced') return;
    expect(workings(comparison, fargate).join(' ')).toContain('10 tasks × $0.06 × 730 hours = $438.00');
    expect(workings(comparison, fargate).join(' ')).toContain('no control-plane charge');
  });
});

describe('Fargate Spot availability', () => {
  const linuxX86 = workedExampleState();

  it('prices ARM64 (Graviton) tasks on Fargate Spot on ECS, like x86 ones', () => {
    const arm = { ...linuxX86, arch: 'arm' as const };
    expect(byOption(arm).spot).toBe(WORKED_EXAMPLE_TOTALS.ecs.spot);
    expect(byOption(arm).spot).toBe(byOption(linuxX86).spot);
  });

  it('refuses Windows tasks on Fargate Spot, while regular Fargate on ECS still runs them', () => {
    const windows = { ...linuxX86, os: 'windows' as const };
    expect(byOption(windows).spot).toBe('Not available: Fargate Spot does not run Windows tasks.');
    expect(byOption(windows).fargate).toBe(WORKED_EXAMPLE_TOTALS.ecs.fargate);
    expect(byOption({ ...windows, arch: 'arm' }).spot).toBe('Not available: Fargate Spot does not run Windows tasks.');
  });

  it('refuses Fargate Spot on EKS whatever the architecture, and Windows pods on EKS on Fargate', () => {
    for (const arch of ['x86', 'arm'] as const) {
      expect(byOption({ ...linuxX86, orchestrator: 'eks', arch }).spot).toBe('Not available: Amazon EKS does not support Fargate Spot.');
    }
    expect(byOption({ ...linuxX86, orchestrator: 'eks', os: 'windows' }).fargate).toBe(
      'Not available: Amazon EKS on Fargate does not run Windows pods.',
    );
  });

  it('keeps Windows tasks to 1 to 4 vCPU', () => {
    const windows = { ...linuxX86, os: 'windows' as const };
    expect(byOption({ ...windows, numbers: { ...windows.numbers, vcpu: '8', memory: '16' } }).fargate).toMatch(
      /Windows task on Fargate is 1 to 4 vCPU/,
    );
    expect(byOption({ ...linuxX86, numbers: { ...linuxX86.numbers, vcpu: '8', memory: '16' } }).fargate).toMatch(/^\$/);
    expect(fitsFargate(0.5, 1, 'windows')).toBe(false);
    expect(fitsFargate(4, 8, 'windows')).toBe(true);
  });
});

describe('sourced prices', () => {
  it('hold region, check date and an https source for every figure, and only the figures facts.md supports', () => {
    expect(Object.keys(PRICES).sort()).toEqual(['ecsControlPlane', 'eksExtendedSupport', 'eksStandardSupport', 'fargateSpotDiscount']);
    for (const figure of Object.values(PRICES)) {
      expect(figure.source).toMatch(/^https:\/\//);
      expect(figure.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.region.length).toBeGreaterThan(0);
    }
    expect(PRICES.eksStandardSupport.value).toBe(0.1);
    expect(PRICES.eksExtendedSupport.value).toBe(0.6);
    expect(PRICES.fargateSpotDiscount).toMatchObject({ value: 70, approximate: false });
    expect(PRICES_CHECKED).toBe('2026-11-29');
    expect(PRICES_REGION).toBe('no named Region (AWS quotes a single rate)');
  });
});
