import { PRICES } from '@/lib/data/prices';

/** Which EKS support phase the cluster's Kubernetes version is in; it sets the cluster-hour rate. */
export type SupportPhase = 'standard' | 'extended';

/** Dollars per cluster-hour, from the one sourced price file. Extended support is the total rate, not an add-on. */
export const CONTROL_PLANE_RATE: Record<SupportPhase, number> = {
  standard: PRICES.eksStandardSupport.value,
  extended: PRICES.eksExtendedSupport.value,
};

export interface ControlPlaneUsage {
  orchestrator: 'ecs' | 'eks';
  support: SupportPhase;
  clusters: number;
  /** Hours each cluster exists in the month (730 for a whole average month). */
  hoursPerMonth: number;
}

export function clusterHours(clusters: number, hoursPerMonth: number): number {
  return clusters * hoursPerMonth;
}

/** Unrounded monthly dollars for the control plane: nothing for ECS, cluster-hours × rate for EKS. */
export function controlPlaneMonthly(usage: ControlPlaneUsage): number {
  if (usage.orchestrator === 'ecs') return PRICES.ecsControlPlane.value;
  return clusterHours(usage.clusters, usage.hoursPerMonth) * CONTROL_PLANE_RATE[usage.support];
}
