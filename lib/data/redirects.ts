/**
 * Old URLs that must keep working. A removed or renamed page gets a page redirect (a static HTML
 * page that forwards and keeps the #fragment); a renamed anchor gets an anchor redirect.
 * The anchor manifest test (tests/content/anchor-manifest.test.ts) refuses removals not listed here.
 */
export interface PageRedirect {
  from: string;
  to: string;
}

export interface AnchorRedirect {
  /** The page the old anchor was on, canonical with a trailing slash. */
  page: string;
  /** The old id. */
  from: string;
  /** A new id on the same page, or "/docs/other/#id" when the section moved to another page. */
  to: string;
}

export const PAGE_REDIRECTS = [
  // The seed notes called this topic "Launch types"; older bookmarks and flashcards use that name.
  { from: '/docs/launch-types/', to: '/docs/compute-options/' },
  { from: '/docs/overview/', to: '/docs/' },
] as const satisfies readonly PageRedirect[];

export const ANCHOR_REDIRECTS = [
  // C1: ecs/how-ecs-works, ecs/task-networking, ecs/scheduling-placement, ecs/scaling-capacity, ecs/quotas.
  // The ECS term table now lives only in the core-concepts term map.
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-task-definition', to: '/docs/core-concepts/#concept-map-task-definition' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-task', to: '/docs/core-concepts/#concept-map-task' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-service', to: '/docs/core-concepts/#concept-map-service' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-cluster', to: '/docs/core-concepts/#concept-map-cluster' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-capacity-provider', to: '/docs/core-concepts/#concept-map-capacity-provider' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-container-instance', to: '/docs/core-concepts/#concept-map-container-instance' },
  // Capacity providers are explained once, on scaling-capacity; the table moved there with the same ids.
  { page: '/docs/ecs/how-ecs-works/', from: 'capacity-provider-types', to: '/docs/ecs/scaling-capacity/#capacity-provider-types' },
  { page: '/docs/ecs/how-ecs-works/', from: 'capacity-provider-types-fargate-fargate-spot', to: '/docs/ecs/scaling-capacity/#capacity-provider-types-fargate-fargate-spot' },
  { page: '/docs/ecs/how-ecs-works/', from: 'capacity-provider-types-auto-scaling-group-asg', to: '/docs/ecs/scaling-capacity/#capacity-provider-types-auto-scaling-group-asg' },
  { page: '/docs/ecs/how-ecs-works/', from: 'capacity-provider-types-ecs-managed-instances', to: '/docs/ecs/scaling-capacity/#capacity-provider-types-ecs-managed-instances' },
  { page: '/docs/ecs/how-ecs-works/', from: 'trap-howecs-two-provider-types', to: '/docs/ecs/scaling-capacity/#trap-ecsscale-third-provider' },
  { page: '/docs/ecs/how-ecs-works/', from: 'trap-howecs-mixed-strategy', to: '/docs/ecs/scaling-capacity/#trap-ecsscale-mixed-providers' },
  { page: '/docs/ecs/how-ecs-works/', from: 'q-howecs-strategy-no-mixing', to: '/docs/ecs/scaling-capacity/#q-howecs-strategy-no-mixing' },
  { page: '/docs/ecs/how-ecs-works/', from: 'trap-howecs-ten-containers', to: '/docs/ecs/quotas/#trap-quotas-containers-hard-limit' },
  // Quotas: unconfirmed rows removed, Fargate quotas are vCPU counts, task sizes live on compute-options.
  { page: '/docs/ecs/quotas/', from: 'ecs-quotas-services-per-cluster', to: 'ecs-quotas' },
  { page: '/docs/ecs/quotas/', from: 'ecs-quotas-tasks-per-service', to: 'ecs-quotas' },
  { page: '/docs/ecs/quotas/', from: 'ecs-quotas-task-definition-size', to: 'ecs-quotas' },
  { page: '/docs/ecs/quotas/', from: 'ecs-quotas-fargate-concurrent-tasks', to: 'ecs-quotas-fargate-on-demand-vcpu-resource-count' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits', to: 'task-size-limits' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits-fargate-task-size-linux', to: '/docs/compute-options/#fargate-task-sizes' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits-fargate-task-size-windows', to: '/docs/compute-options/#fargate-task-sizes' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits-task-cpu-on-ec2', to: 'task-size-limits' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits-fargate-ephemeral-storage', to: '/docs/ecs/storage/#fargate-ephemeral-storage' },
  { page: '/docs/ecs/quotas/', from: 'ecs-task-size-limits-ecs-managed-ebs-volumes', to: '/docs/ecs/storage/#ebs-on-fargate' },
  { page: '/docs/ecs/quotas/', from: 'tip-quotas-fargate-task-size', to: '/docs/compute-options/#fargate-task-sizes' },
  // Fewer callouts per page: these points now stand in the section text.
  { page: '/docs/ecs/task-networking/', from: 'trap-tasknet-host-port-clash', to: 'host-mode' },
  { page: '/docs/ecs/task-networking/', from: 'trap-tasknet-windows-bridge', to: 'windows-network-modes' },
  { page: '/docs/ecs/scaling-capacity/', from: 'trap-ecsscale-fargate-only-task-scaling', to: 'service-auto-scaling' },
  { page: '/docs/ecs/scaling-capacity/', from: 'tip-ecsscale-request-count', to: 'predefined-metrics' },
] as const satisfies readonly AnchorRedirect[];
