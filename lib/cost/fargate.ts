/**
 * Fargate billing as AWS's pricing page describes it: the vCPU and memory a task asks for, from the start of
 * the image download until the task stops, rounded up to the next second. The page states no minimum per run,
 * so none is applied. Rates are the reader's input.
 */

/** The largest and smallest Linux Fargate task (0.25 vCPU / 0.5 GB up to 16 vCPU / 120 GB). */
export const FARGATE_TASK_LIMITS = { minVcpu: 0.25, maxVcpu: 16, minMemoryGb: 0.5, maxMemoryGb: 120 } as const;

/** Seconds Fargate bills for one run that lasts `runSeconds`: whole seconds, rounded up. */
export function billedSecondsPerRun(runSeconds: number): number {
  if (!(runSeconds > 0)) return 0; // A run that never happens is not billed.
  // toPrecision strips floating-point noise (e.g. 0.1 hour × 3600 = 360.00000000000006) before rounding up.
  return Math.ceil(Number(runSeconds.toPrecision(12)));
}

export interface FargateUsage {
  tasks: number;
  vcpu: number;
  memoryGb: number;
  /** Running time of each task in the month, in hours, split evenly over `runsPerMonth` runs. */
  hoursPerMonth: number;
  runsPerMonth: number;
  pricePerVcpuHour: number;
  pricePerGbHour: number;
}

export interface FargateCost {
  /** How long each run lasts and how long it is billed for, in seconds. */
  runSeconds: number;
  billedSecondsPerRun: number;
  /** Billed hours per task in the month (all runs). */
  billedHoursPerTask: number;
  /** What one task costs per billed hour: vCPU × rate + GB × rate. */
  hourlyPerTask: number;
  /** Unrounded monthly dollars for all tasks. */
  dollars: number;
}

export function fargateMonthly(usage: FargateUsage): FargateCost {
  const runSeconds = usage.runsPerMonth > 0 ? (usage.hoursPerMonth * 3600) / usage.runsPerMonth : 0;
  const billed = billedSecondsPerRun(runSeconds);
  const billedHoursPerTask = (usage.runsPerMonth * billed) / 3600;
  const hourlyPerTask = usage.vcpu * usage.pricePerVcpuHour + usage.memoryGb * usage.pricePerGbHour;
  return {
    runSeconds,
    billedSecondsPerRun: billed,
    billedHoursPerTask,
    hourlyPerTask,
    dollars: usage.tasks * hourlyPerTask * billedHoursPerTask,
  };
}

/** The Fargate Spot price for the same usage: the regular price less the discount (a percentage). */
export function fargateSpotMonthly(regularDollars: number, discountPercent: number): number {
  return regularDollars * (1 - discountPercent / 100);
}

/** Windows tasks on Fargate run on Amazon ECS only, at 1 to 4 vCPU. */
export const FARGATE_WINDOWS_VCPU = { min: 1, max: 4 } as const;

/** Whether a task of this size fits on Fargate at all; Windows tasks also keep to their narrower vCPU range. */
export function fitsFargate(vcpu: number, memoryGb: number, os: 'linux' | 'windows' = 'linux'): boolean {
  const limits = FARGATE_TASK_LIMITS;
  const fitsLinux = vcpu >= limits.minVcpu && vcpu <= limits.maxVcpu && memoryGb >= limits.minMemoryGb && memoryGb <= limits.maxMemoryGb;
  return fitsLinux && (os === 'linux' || (vcpu >= FARGATE_WINDOWS_VCPU.min && vcpu <= FARGATE_WINDOWS_VCPU.max));
}

/** Why Fargate cannot run a workload at all: EKS on Fargate runs no Windows pods. */
export function fargateBlocker(orchestrator: 'ecs' | 'eks', os: 'linux' | 'windows'): 'eks-windows' | null {
  return orchestrator === 'eks' && os === 'windows' ? 'eks-windows' : null;
}

/**
 * Why Fargate Spot cannot run a workload, or null when it can. Amazon ECS runs Linux tasks on Fargate Spot, x86
 * and ARM64 (Graviton, on platform version 1.4.0 or later) alike; it runs no Windows tasks, and Amazon EKS has no
 * Fargate Spot at all. The CPU architecture is not a reason.
 */
export function fargateSpotBlocker(orchestrator: 'ecs' | 'eks', os: 'linux' | 'windows'): 'eks' | 'windows' | null {
  if (orchestrator === 'eks') return 'eks';
  return os === 'windows' ? 'windows' : null;
}
