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
  // C5: overview (/docs/), core concepts, compute options, choosing, cross-cloud, what changed, and their questions.
  // The on-premises comparison moved from the overview to /docs/choosing/#hybrid with the same table and row ids.
  { page: '/docs/', from: 'on-prem-options', to: '/docs/choosing/#on-prem-options' },
  { page: '/docs/', from: 'on-prem-options-control-plane', to: '/docs/choosing/#on-prem-options-control-plane' },
  { page: '/docs/', from: 'on-prem-options-where-workloads-run', to: '/docs/choosing/#on-prem-options-where-workloads-run' },
  { page: '/docs/', from: 'on-prem-options-connectivity-to-aws', to: '/docs/choosing/#on-prem-options-connectivity-to-aws' },
  { page: '/docs/', from: 'on-prem-options-main-caveat', to: '/docs/choosing/#on-prem-options-main-caveat' },
  { page: '/docs/', from: 'ecs-anywhere', to: '/docs/choosing/#hybrid' },
  { page: '/docs/', from: 'eks-anywhere-vs-hybrid-nodes', to: '/docs/choosing/#hybrid' },
  { page: '/docs/', from: 'tip-overview-hybrid-nodes', to: '/docs/choosing/#hybrid' },
  { page: '/docs/', from: 'q-overview-ecs-anywhere-on-prem', to: '/docs/choosing/#hybrid' },
  { page: '/docs/', from: 'q-overview-eks-hybrid-nodes', to: '/docs/choosing/#hybrid' },
  { page: '/docs/', from: 'app-mesh-end-of-support', to: '/docs/integrations/#app-mesh-end-of-support' },
  { page: '/docs/', from: 'trap-overview-app-mesh', to: '/docs/integrations/#app-mesh-end-of-support' },
  { page: '/docs/choosing/', from: 'tip-choosing-existing-kubernetes', to: '/docs/#tip-overview-kubernetes-keyword' },
  { page: '/docs/choosing/', from: 'trap-choosing-fargate-spot-eks', to: '/docs/compute-options/#fargate-by-orchestrator-fargate-spot' },
  { page: '/docs/compute-options/', from: 'ebs-on-fargate', to: '/docs/ecs/storage/#ebs-on-fargate' },
  { page: '/docs/compute-options/', from: 'trap-compute-fargate-efs-only', to: '/docs/ecs/storage/#ebs-on-fargate' },
  { page: '/docs/compute-options/', from: 'q-compute-ebs-on-fargate', to: '/docs/ecs/storage/#ebs-on-fargate' },
  { page: '/docs/compute-options/', from: 'tip-compute-serverless-containers', to: '/docs/choosing/#tip-choosing-lowest-overhead' },
  { page: '/docs/compute-options/', from: 'trap-compute-lambda-container-images', to: '/docs/simple-options/#trap-simple-lambda-container-images' },
  { page: '/docs/compute-options/', from: 'trap-compute-scaling-fargate-only', to: '/docs/ecs/scaling-capacity/#service-auto-scaling' },
  { page: '/docs/core-concepts/', from: 'ecr', to: 'concept-map-amazon-ecr' },
  { page: '/docs/core-concepts/', from: 'task-role-vs-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles-task-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles-task-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles-container-instance-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'trap-concepts-secrets-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'trap-concepts-instance-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'q-concepts-secrets-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'task-role-vs-pod-identity', to: '/docs/eks/identity-access/#pod-identity' },
  { page: '/docs/core-concepts/', from: 'tip-concepts-service-self-healing', to: 'service' },
  { page: '/docs/core-concepts/', from: 'q-concepts-daemon-service', to: '/docs/ecs/scheduling-placement/#daemon' },
  { page: '/docs/core-concepts/', from: 'trap-concepts-ec2-launch-type-eks', to: '/docs/eks/compute/#launch-type-wording' },
  { page: '/docs/cross-cloud/', from: 'check-yourself', to: 'ecs-equivalents' },
  { page: '/docs/cross-cloud/', from: 'q-crosscloud-aks-standard-tier', to: 'aks-tiers' },
  { page: '/docs/cross-cloud/', from: 'q-crosscloud-azure-container-apps', to: 'azure-container-apps-vs-aci' },
  { page: '/docs/cross-cloud/', from: 'q-crosscloud-cloud-run-min-instances', to: 'google-cloud-run' },
  { page: '/docs/cross-cloud/', from: 'tip-crosscloud-on-prem-aws-options', to: '/docs/choosing/#hybrid' },
  { page: '/docs/practice/', from: 'q-overview-ecs-anywhere-on-prem', to: '/docs/choosing/#hybrid' },
  { page: '/docs/practice/', from: 'q-overview-eks-hybrid-nodes', to: '/docs/choosing/#hybrid' },
  { page: '/docs/practice/', from: 'q-compute-ebs-on-fargate', to: '/docs/ecs/storage/#ebs-on-fargate' },
  { page: '/docs/practice/', from: 'q-concepts-secrets-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/practice/', from: 'q-concepts-daemon-service', to: '/docs/ecs/scheduling-placement/#daemon' },
  { page: '/docs/practice/', from: 'q-crosscloud-aks-standard-tier', to: '/docs/cross-cloud/#aks-tiers' },
  { page: '/docs/practice/', from: 'q-crosscloud-azure-container-apps', to: '/docs/cross-cloud/#azure-container-apps-vs-aci' },
  { page: '/docs/practice/', from: 'q-crosscloud-cloud-run-min-instances', to: '/docs/cross-cloud/#google-cloud-run' },
  { page: '/docs/practice/', from: 'topic-docs-cross-cloud', to: '/docs/cross-cloud/#ecs-equivalents' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance', to: 'year-2026' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-service-mesh', to: '2026-09-app-mesh-end-of-support' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-ecs-compute', to: '2025-09-ecs-managed-instances' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-ecs-blue-green', to: '2025-07-ecs-native-blue-green' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-eks-nodes', to: '2024-12-eks-auto-mode' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-eks-cluster-fee', to: '2024-04-eks-extended-support-pricing' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-fargate-storage', to: '2024-01-ebs-on-fargate' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-eks-pod-iam', to: '2023-11-eks-pod-identity' },
  { page: '/docs/what-changed/', from: 'changes-at-a-glance-ecs-location', to: '2021-05-ecs-anywhere' },
  { page: '/docs/what-changed/', from: '2025-12-fargate-gpu-request-closed', to: '2025-09-ecs-managed-instances' },
  { page: '/docs/what-changed/', from: '2022-03-ecs-anywhere-windows', to: '2021-05-ecs-anywhere' },
  { page: '/docs/what-changed/', from: 'undated-changes', to: '2023-12-eks-access-entries' },
  { page: '/docs/what-changed/', from: 'tip-changed-gpu-managed-instances', to: '/docs/compute-options/#trap-compute-gpu-ec2-only' },
  { page: '/docs/what-changed/', from: 'trap-changed-app-mesh-distractor', to: '/docs/integrations/#app-mesh-end-of-support' },
  { page: '/docs/what-changed/', from: 'trap-changed-ebs-fargate-eks', to: '/docs/compute-options/#fargate-by-orchestrator-ebs-volumes' },
] as const satisfies readonly AnchorRedirect[];
