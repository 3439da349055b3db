/**
 * Old URLs that must keep working. A removed or renamed page gets a page redirect (a static HTML
 * page that forwards and keeps the #fragment); a renamed or moved section gets an anchor redirect
 * (a small script on its old page forwards the old #id). The anchor manifest test refuses removals not listed here.
 */
import { withPracticeSplit } from '@/lib/quiz/practice-areas';

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

const MOVED_ANCHORS = [
  // C2: ecs/deployments, ecs/security-operations, ecs/storage, ecs/anywhere-managed-instances (one home per fact).
  { page: '/docs/ecs/deployments/', from: 'trap-deploy-daemon-codedeploy', to: 'deployment-controllers' },
  { page: '/docs/ecs/security-operations/', from: 'awslogs-vs-firelens', to: '/docs/observability/#awslogs-vs-firelens' },
  { page: '/docs/ecs/security-operations/', from: 'ecs-log-drivers', to: '/docs/observability/#ecs-log-drivers' },
  { page: '/docs/ecs/security-operations/', from: 'ecs-log-drivers-destinations', to: '/docs/observability/#ecs-log-drivers-destinations' },
  { page: '/docs/ecs/security-operations/', from: 'ecs-log-drivers-moving-parts', to: '/docs/observability/#ecs-log-drivers-moving-parts' },
  {
    page: '/docs/ecs/security-operations/',
    from: 'ecs-log-drivers-role-that-needs-permissions',
    to: '/docs/observability/#ecs-log-drivers-role-that-needs-permissions',
  },
  {
    page: '/docs/ecs/security-operations/',
    from: 'ecs-log-drivers-custom-router-config-on-fargate',
    to: '/docs/observability/#ecs-log-drivers-custom-router-config-on-fargate',
  },
  { page: '/docs/ecs/security-operations/', from: 'trap-secops-firelens-not-cloudwatch', to: '/docs/observability/#awslogs-vs-firelens' },
  { page: '/docs/ecs/security-operations/', from: 'tip-secops-firelens-destinations', to: '/docs/observability/#awslogs-vs-firelens' },
  { page: '/docs/ecs/security-operations/', from: 'secrets-injection', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/ecs/security-operations/', from: 'trap-secops-secrets-wrong-role', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/ecs/security-operations/', from: 'tip-secops-no-secrets-in-image', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/ecs/security-operations/', from: 'q-secops-secrets-manager-injection', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/ecs/security-operations/', from: 'trap-secops-ecs-exec-role', to: 'tip-secops-ecs-exec-no-ssh' },
  { page: '/docs/ecs/storage/', from: 'eks-fargate-storage', to: '/docs/eks/storage/#eks-fargate-storage' },
  { page: '/docs/ecs/storage/', from: 'ecs-storage-options-instance-store', to: 'ecs-storage-options' },
  { page: '/docs/ecs/storage/', from: 'q-storage-ebs-ecs-vs-eks-fargate', to: 'ebs-on-fargate' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'anywhere-vs-eks-hybrid', to: '/docs/choosing/#hybrid' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'on-premises-container-options', to: '/docs/choosing/#hybrid' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'on-premises-container-options-orchestrator', to: '/docs/choosing/#hybrid' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'on-premises-container-options-control-plane', to: '/docs/choosing/#hybrid' },
  {
    page: '/docs/ecs/anywhere-managed-instances/',
    from: 'on-premises-container-options-your-machines-become',
    to: '/docs/choosing/#hybrid',
  },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'ecs-anywhere-pricing', to: '/docs/pricing/#ecs-control-plane-cost' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'tip-anywhere-managed-instances-gpu', to: '/docs/compute-options/#gpu' },
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'q-anywhere-managed-instances-gpu', to: '/docs/compute-options/#gpu' },
  { page: '/docs/practice/', from: 'q-anywhere-managed-instances-gpu', to: '/docs/compute-options/#gpu' },
  { page: '/docs/practice/', from: 'q-secops-secrets-manager-injection', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/practice/', from: 'q-storage-ebs-ecs-vs-eks-fargate', to: '/docs/ecs/storage/#ebs-on-fargate' },
  // C3 — EKS pages (how-eks-works, compute, identity-access, networking, scaling, lifecycle, storage).
  // Hybrid Nodes vs EKS Anywhere moved to EKS compute with the same ids.
  { page: '/docs/eks/how-eks-works/', from: 'eks-anywhere-vs-hybrid-nodes', to: '/docs/eks/compute/#eks-anywhere-vs-hybrid-nodes' },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid', to: '/docs/eks/compute/#anywhere-vs-hybrid' },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-control-plane', to: '/docs/eks/compute/#anywhere-vs-hybrid-control-plane' },
  {
    page: '/docs/eks/how-eks-works/',
    from: 'anywhere-vs-hybrid-where-nodes-run',
    to: '/docs/eks/compute/#anywhere-vs-hybrid-where-nodes-run',
  },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-link-to-aws', to: '/docs/eks/compute/#anywhere-vs-hybrid-link-to-aws' },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-best-for', to: '/docs/eks/compute/#anywhere-vs-hybrid-best-for' },
  { page: '/docs/eks/how-eks-works/', from: 'tip-eksarch-hybrid-vs-anywhere', to: '/docs/eks/compute/#tip-eksarch-hybrid-vs-anywhere' },
  { page: '/docs/eks/how-eks-works/', from: 'trap-eksarch-anywhere-multicloud', to: '/docs/eks/compute/#tip-eksarch-hybrid-vs-anywhere' },
  { page: '/docs/eks/how-eks-works/', from: 'q-eksarch-hybrid-nodes-factory', to: '/docs/eks/compute/#q-eksarch-hybrid-nodes-factory' },
  {
    page: '/docs/eks/how-eks-works/',
    from: 'q-eksarch-endpoint-private-only',
    to: '/docs/eks/networking/#q-eksarch-endpoint-private-only',
  },
  // The ECS-to-Kubernetes term map lives on core concepts; EKS prices on pricing.
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-cluster', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-task-definition', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-task', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-service', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-capacity-provider', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-task-role', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'ecs-eks-term-map-launch-type', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/eks/how-eks-works/', from: 'trap-eksarch-flat-fee', to: '/docs/pricing/#eks-control-plane-cost' },
  // Compute: merged or duplicated callouts; launch-type wording is a core concept.
  { page: '/docs/eks/compute/', from: 'tip-ekscompute-gpu-node-group', to: 'tip-ekscompute-auto-mode-least-ops' },
  { page: '/docs/eks/compute/', from: 'trap-ekscompute-self-managed-for-gpu', to: 'tip-ekscompute-auto-mode-least-ops' },
  { page: '/docs/eks/compute/', from: 'launch-type-wording', to: '/docs/core-concepts/#launch-type-vs-capacity-provider' },
  { page: '/docs/eks/compute/', from: 'tip-ekscompute-launch-type-wording', to: '/docs/core-concepts/#launch-type-vs-capacity-provider' },
  // Identity: secrets moved to the security page; duplicate callout merged.
  { page: '/docs/eks/identity-access/', from: 'secrets', to: '/docs/security/#eks-secrets' },
  { page: '/docs/eks/identity-access/', from: 'tip-eksiam-access-entries-iam-managed', to: 'trap-eksiam-aws-auth-deprecated' },
  // Networking: service mesh comparison lives on integrations; EKS keeps the in-cluster part.
  { page: '/docs/eks/networking/', from: 'eks-service-to-service', to: 'service-mesh' },
  { page: '/docs/eks/networking/', from: 'eks-service-to-service-coredns', to: 'service-mesh' },
  { page: '/docs/eks/networking/', from: 'eks-service-to-service-amazon-vpc-lattice', to: 'service-mesh' },
  { page: '/docs/eks/networking/', from: 'eks-service-to-service-istio-or-linkerd', to: 'service-mesh' },
  { page: '/docs/eks/networking/', from: 'eks-service-to-service-aws-app-mesh', to: 'service-mesh' },
  { page: '/docs/eks/networking/', from: 'trap-eksnet-app-mesh-ended', to: '/docs/integrations/#app-mesh-end-of-support' },
  { page: '/docs/eks/networking/', from: 'tip-eksnet-pods-vpc-ips', to: 'vpc-cni' },
  // Scaling: node-type details live on compute, node group updates on lifecycle.
  { page: '/docs/eks/scaling/', from: 'fargate-profiles', to: '/docs/eks/compute/#fargate-profiles' },
  { page: '/docs/eks/scaling/', from: 'trap-eksscale-fargate-profile-existing-pods', to: '/docs/eks/compute/#fargate-profiles' },
  { page: '/docs/eks/scaling/', from: 'hybrid-nodes', to: '/docs/eks/compute/#hybrid-nodes' },
  { page: '/docs/eks/scaling/', from: 'bottlerocket', to: '/docs/eks/compute/#bottlerocket' },
  { page: '/docs/eks/scaling/', from: 'tip-eksscale-bottlerocket', to: '/docs/eks/compute/#bottlerocket' },
  { page: '/docs/eks/scaling/', from: 'managed-node-group-updates', to: '/docs/eks/lifecycle/#managed-node-group-updates' },
  { page: '/docs/eks/scaling/', from: 'trap-eksscale-pdb-eviction', to: '/docs/eks/lifecycle/#trap-eksscale-pdb-eviction' },
  {
    page: '/docs/eks/scaling/',
    from: 'q-eksscale-pdb-pod-eviction-failure',
    to: '/docs/eks/lifecycle/#q-eksscale-pdb-pod-eviction-failure',
  },
  { page: '/docs/eks/scaling/', from: 'ecs-equivalents', to: 'how-they-combine' },
  { page: '/docs/eks/scaling/', from: 'eks-node-autoscalers-extra-aws-fee', to: 'eks-node-autoscalers' },
  // Lifecycle: prices live on the pricing page; merged callouts.
  { page: '/docs/eks/lifecycle/', from: 'eks-support-phases-price-per-cluster-hour', to: 'eks-support-phases-cost' },
  { page: '/docs/eks/lifecycle/', from: 'eks-support-phases-about-per-month-730-hours', to: 'eks-support-phases-cost' },
  { page: '/docs/eks/lifecycle/', from: 'tip-ekslife-26-months', to: 'version-support' },
  { page: '/docs/eks/lifecycle/', from: 'tip-ekslife-provisioned-cp', to: 'provisioned-control-plane' },
  // End of C3 block.
  // C4 — ecr, integrations, pricing, use-cases: sections moved to their homes (observability, security,
  // ECS and EKS pages), duplicate callouts folded into the one that now says it, questions kept elsewhere.
  { page: '/docs/ecr/', from: 'tip-ecr-lambda-vs-fargate', to: 'lambda-container-images' },
  { page: '/docs/ecr/', from: 'tip-ecr-stored-in-s3', to: 'trap-ecr-s3-gateway-endpoint' },
  { page: '/docs/ecr/', from: 'trap-ecr-basic-is-enough', to: 'tip-ecr-enhanced-continuous' },
  { page: '/docs/integrations/', from: 'ecs-load-balancing', to: '/docs/ecs/how-ecs-works/#load-balancing' },
  { page: '/docs/integrations/', from: 'eks-load-balancing', to: '/docs/eks/networking/#load-balancing' },
  { page: '/docs/integrations/', from: 'logging', to: '/docs/observability/#logging' },
  { page: '/docs/integrations/', from: 'ecs-logging', to: '/docs/observability/#ecs-logging' },
  { page: '/docs/integrations/', from: 'eks-logging', to: '/docs/observability/#eks-logging' },
  { page: '/docs/integrations/', from: 'secrets', to: '/docs/security/#secrets' },
  { page: '/docs/integrations/', from: 'ecs-secrets', to: '/docs/security/#ecs-secrets' },
  { page: '/docs/integrations/', from: 'eks-secrets', to: '/docs/security/#eks-secrets' },
  { page: '/docs/integrations/', from: 'iam', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/integrations/', from: 'task-role-vs-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/integrations/', from: 'irsa-vs-pod-identity', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'eks-pod-iam', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'eks-pod-iam-setup', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'eks-pod-iam-trust-policy', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'eks-pod-iam-scale-limits', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'eks-pod-iam-where-it-runs', to: '/docs/eks/identity-access/#eks-irsa-vs-pod-identity' },
  { page: '/docs/integrations/', from: 'q-integrations-firelens-task-role', to: '/docs/observability/#q-observability-firelens-task-role' },
  {
    page: '/docs/integrations/',
    from: 'q-integrations-ip-target-type',
    to: '/docs/ecs/task-networking/#q-tasknet-fargate-ip-target-group',
  },
  { page: '/docs/integrations/', from: 'tip-integrations-alb-path-routing', to: '/docs/ecs/how-ecs-works/#tip-howecs-alb-path-routing' },
  {
    page: '/docs/integrations/',
    from: 'trap-integrations-fargate-ip-targets',
    to: '/docs/ecs/task-networking/#trap-tasknet-instance-targets',
  },
  {
    page: '/docs/integrations/',
    from: 'trap-integrations-firelens-conflated',
    to: '/docs/observability/#trap-observability-firelens-for-cloudwatch',
  },
  {
    page: '/docs/integrations/',
    from: 'trap-integrations-least-privilege-roles',
    to: '/docs/ecs/security-operations/#trap-secops-instance-role-least-privilege',
  },
  { page: '/docs/integrations/', from: 'trap-integrations-secret-on-task-role', to: '/docs/security/#trap-security-secret-execution-role' },
  { page: '/docs/pricing/', from: 'q-pricing-eks-no-fargate-spot', to: '/docs/eks/compute/#q-ekscompute-batch-spot-not-fargate' },
  {
    page: '/docs/pricing/',
    from: 'q-pricing-eks-upgrade-policy-standard',
    to: '/docs/eks/lifecycle/#q-ekslife-avoid-extended-support-cost',
  },
  { page: '/docs/pricing/', from: 'tip-pricing-ecr-endpoints', to: '/docs/ecr/#trap-ecr-s3-gateway-endpoint' },
  { page: '/docs/pricing/', from: 'tip-pricing-fargate-spot-batch', to: '/docs/ecs/scaling-capacity/#tip-ecsscale-fargate-spot-base' },
  { page: '/docs/pricing/', from: 'trap-pricing-eks-fargate-spot', to: '/docs/ecs/scaling-capacity/#trap-ecsscale-fargate-spot-eks' },
  { page: '/docs/use-cases/', from: 'q-usecases-eks-gpu-auto-mode', to: '/docs/eks/compute/#q-ekscompute-auto-mode-gpu-least-ops' },
  { page: '/docs/use-cases/', from: 'tip-usecases-alb-path-routing', to: '/docs/ecs/how-ecs-works/#tip-howecs-alb-path-routing' },
  { page: '/docs/use-cases/', from: 'tip-usecases-fargate-spot-warning', to: '/docs/ecs/scaling-capacity/#tip-ecsscale-fargate-spot-base' },
  { page: '/docs/use-cases/', from: 'tip-usecases-gpu-inference', to: '/docs/compute-options/#gpu' },
  { page: '/docs/use-cases/', from: 'trap-usecases-app-mesh-microservices', to: '/docs/integrations/#trap-integrations-app-mesh-retired' },
  {
    page: '/docs/use-cases/',
    from: 'trap-usecases-blue-green-codedeploy',
    to: '/docs/ecs/deployments/#trap-deploy-bluegreen-needs-codedeploy',
  },
  { page: '/docs/use-cases/', from: 'trap-usecases-hybrid-ecs', to: '/docs/choosing/#trap-choosing-hybrid-eks-only' },
  { page: '/docs/use-cases/', from: 'q-usecases-fargate-spot-strategy', to: '/docs/ecs/scaling-capacity/#q-ecsscale-base-weight-split' },
  { page: '/docs/practice/', from: 'q-integrations-firelens-task-role', to: 'q-observability-firelens-task-role' },
  { page: '/docs/practice/', from: 'q-integrations-ip-target-type', to: 'q-tasknet-fargate-ip-target-group' },
  { page: '/docs/practice/', from: 'q-pricing-eks-no-fargate-spot', to: 'q-ekscompute-batch-spot-not-fargate' },
  { page: '/docs/practice/', from: 'q-pricing-eks-upgrade-policy-standard', to: 'q-ekslife-avoid-extended-support-cost' },
  { page: '/docs/practice/', from: 'q-usecases-eks-gpu-auto-mode', to: 'q-ekscompute-auto-mode-gpu-least-ops' },
  { page: '/docs/practice/', from: 'q-usecases-fargate-spot-strategy', to: 'q-ecsscale-base-weight-split' },
  // end C4
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
  {
    page: '/docs/compute-options/',
    from: 'trap-compute-lambda-container-images',
    to: '/docs/simple-options/#trap-simple-lambda-container-images',
  },
  { page: '/docs/compute-options/', from: 'trap-compute-scaling-fargate-only', to: '/docs/ecs/scaling-capacity/#service-auto-scaling' },
  { page: '/docs/core-concepts/', from: 'ecr', to: 'concept-map-amazon-ecr' },
  { page: '/docs/core-concepts/', from: 'task-role-vs-execution-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'ecs-iam-roles-task-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  {
    page: '/docs/core-concepts/',
    from: 'ecs-iam-roles-task-execution-role',
    to: '/docs/ecs/security-operations/#task-role-vs-execution-role',
  },
  {
    page: '/docs/core-concepts/',
    from: 'ecs-iam-roles-container-instance-role',
    to: '/docs/ecs/security-operations/#task-role-vs-execution-role',
  },
  { page: '/docs/core-concepts/', from: 'trap-concepts-secrets-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  { page: '/docs/core-concepts/', from: 'trap-concepts-instance-role', to: '/docs/ecs/security-operations/#task-role-vs-execution-role' },
  {
    page: '/docs/core-concepts/',
    from: 'q-concepts-secrets-execution-role',
    to: '/docs/ecs/security-operations/#task-role-vs-execution-role',
  },
  { page: '/docs/core-concepts/', from: 'task-role-vs-pod-identity', to: '/docs/eks/identity-access/#pod-identity' },
  { page: '/docs/core-concepts/', from: 'tip-concepts-service-self-healing', to: 'service' },
  { page: '/docs/core-concepts/', from: 'q-concepts-daemon-service', to: '/docs/ecs/scheduling-placement/#daemon' },
  { page: '/docs/core-concepts/', from: 'trap-concepts-ec2-launch-type-eks', to: 'launch-type-vs-capacity-provider' },
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
  // C1: ecs/how-ecs-works, ecs/task-networking, ecs/scheduling-placement, ecs/scaling-capacity, ecs/quotas.
  // The ECS term table now lives only in the core-concepts term map.
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks', to: '/docs/core-concepts/#concept-map' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-task-definition', to: '/docs/core-concepts/#concept-map-task-definition' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-task', to: '/docs/core-concepts/#concept-map-task' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-service', to: '/docs/core-concepts/#concept-map-service' },
  { page: '/docs/ecs/how-ecs-works/', from: 'ecs-building-blocks-cluster', to: '/docs/core-concepts/#concept-map-cluster' },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'ecs-building-blocks-capacity-provider',
    to: '/docs/core-concepts/#concept-map-capacity-provider',
  },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'ecs-building-blocks-container-instance',
    to: '/docs/core-concepts/#concept-map-container-instance',
  },
  // Capacity providers are explained once, on scaling-capacity; the table moved there with the same ids.
  { page: '/docs/ecs/how-ecs-works/', from: 'capacity-provider-types', to: '/docs/ecs/scaling-capacity/#capacity-provider-types' },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'capacity-provider-types-fargate-fargate-spot',
    to: '/docs/ecs/scaling-capacity/#capacity-provider-types-fargate-fargate-spot',
  },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'capacity-provider-types-auto-scaling-group-asg',
    to: '/docs/ecs/scaling-capacity/#capacity-provider-types-auto-scaling-group-asg',
  },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'capacity-provider-types-ecs-managed-instances',
    to: '/docs/ecs/scaling-capacity/#capacity-provider-types-ecs-managed-instances',
  },
  {
    page: '/docs/ecs/how-ecs-works/',
    from: 'trap-howecs-two-provider-types',
    to: '/docs/ecs/scaling-capacity/#trap-ecsscale-third-provider',
  },
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

/** Every anchor redirect: the ones above, plus the questions and topics of the practice page that was split by area. */
export const ANCHOR_REDIRECTS: readonly AnchorRedirect[] = withPracticeSplit(MOVED_ANCHORS);
