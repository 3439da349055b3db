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
  { page: '/docs/ecs/anywhere-managed-instances/', from: 'on-premises-container-options-your-machines-become', to: '/docs/choosing/#hybrid' },
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
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-where-nodes-run', to: '/docs/eks/compute/#anywhere-vs-hybrid-where-nodes-run' },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-link-to-aws', to: '/docs/eks/compute/#anywhere-vs-hybrid-link-to-aws' },
  { page: '/docs/eks/how-eks-works/', from: 'anywhere-vs-hybrid-best-for', to: '/docs/eks/compute/#anywhere-vs-hybrid-best-for' },
  { page: '/docs/eks/how-eks-works/', from: 'tip-eksarch-hybrid-vs-anywhere', to: '/docs/eks/compute/#tip-eksarch-hybrid-vs-anywhere' },
  { page: '/docs/eks/how-eks-works/', from: 'trap-eksarch-anywhere-multicloud', to: '/docs/eks/compute/#tip-eksarch-hybrid-vs-anywhere' },
  { page: '/docs/eks/how-eks-works/', from: 'q-eksarch-hybrid-nodes-factory', to: '/docs/eks/compute/#q-eksarch-hybrid-nodes-factory' },
  { page: '/docs/eks/how-eks-works/', from: 'q-eksarch-endpoint-private-only', to: '/docs/eks/networking/#q-eksarch-endpoint-private-only' },
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
  { page: '/docs/eks/scaling/', from: 'q-eksscale-pdb-pod-eviction-failure', to: '/docs/eks/lifecycle/#q-eksscale-pdb-pod-eviction-failure' },
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
  { page: '/docs/integrations/', from: 'q-integrations-ip-target-type', to: '/docs/ecs/task-networking/#q-tasknet-fargate-ip-target-group' },
  { page: '/docs/integrations/', from: 'tip-integrations-alb-path-routing', to: '/docs/ecs/how-ecs-works/#tip-howecs-alb-path-routing' },
  { page: '/docs/integrations/', from: 'trap-integrations-fargate-ip-targets', to: '/docs/ecs/task-networking/#trap-tasknet-instance-targets' },
  { page: '/docs/integrations/', from: 'trap-integrations-firelens-conflated', to: '/docs/observability/#trap-observability-firelens-for-cloudwatch' },
  { page: '/docs/integrations/', from: 'trap-integrations-least-privilege-roles', to: '/docs/ecs/security-operations/#trap-secops-instance-role-least-privilege' },
  { page: '/docs/integrations/', from: 'trap-integrations-secret-on-task-role', to: '/docs/security/#trap-security-secret-execution-role' },
  { page: '/docs/pricing/', from: 'q-pricing-eks-no-fargate-spot', to: '/docs/eks/compute/#q-ekscompute-batch-spot-not-fargate' },
  { page: '/docs/pricing/', from: 'q-pricing-eks-upgrade-policy-standard', to: '/docs/eks/lifecycle/#q-ekslife-avoid-extended-support-cost' },
  { page: '/docs/pricing/', from: 'tip-pricing-ecr-endpoints', to: '/docs/ecr/#trap-ecr-s3-gateway-endpoint' },
  { page: '/docs/pricing/', from: 'tip-pricing-fargate-spot-batch', to: '/docs/ecs/scaling-capacity/#tip-ecsscale-fargate-spot-base' },
  { page: '/docs/pricing/', from: 'trap-pricing-eks-fargate-spot', to: '/docs/ecs/scaling-capacity/#trap-ecsscale-fargate-spot-eks' },
  { page: '/docs/use-cases/', from: 'q-usecases-eks-gpu-auto-mode', to: '/docs/eks/compute/#q-ekscompute-auto-mode-gpu-least-ops' },
  { page: '/docs/use-cases/', from: 'tip-usecases-alb-path-routing', to: '/docs/ecs/how-ecs-works/#tip-howecs-alb-path-routing' },
  { page: '/docs/use-cases/', from: 'tip-usecases-fargate-spot-warning', to: '/docs/ecs/scaling-capacity/#tip-ecsscale-fargate-spot-base' },
  { page: '/docs/use-cases/', from: 'tip-usecases-gpu-inference', to: '/docs/compute-options/#gpu' },
  { page: '/docs/use-cases/', from: 'trap-usecases-app-mesh-microservices', to: '/docs/integrations/#trap-integrations-app-mesh-retired' },
  { page: '/docs/use-cases/', from: 'trap-usecases-blue-green-codedeploy', to: '/docs/ecs/deployments/#trap-deploy-bluegreen-needs-codedeploy' },
  { page: '/docs/use-cases/', from: 'trap-usecases-hybrid-ecs', to: '/docs/choosing/#trap-choosing-hybrid-eks-only' },
  { page: '/docs/use-cases/', from: 'q-usecases-fargate-spot-strategy', to: '/docs/ecs/scaling-capacity/#q-ecsscale-base-weight-split' },
  { page: '/docs/practice/', from: 'q-integrations-firelens-task-role', to: 'q-observability-firelens-task-role' },
  { page: '/docs/practice/', from: 'q-integrations-ip-target-type', to: 'q-tasknet-fargate-ip-target-group' },
  { page: '/docs/practice/', from: 'q-pricing-eks-no-fargate-spot', to: 'q-ekscompute-batch-spot-not-fargate' },
  { page: '/docs/practice/', from: 'q-pricing-eks-upgrade-policy-standard', to: 'q-ekslife-avoid-extended-support-cost' },
  { page: '/docs/practice/', from: 'q-usecases-eks-gpu-auto-mode', to: 'q-ekscompute-auto-mode-gpu-least-ops' },
  { page: '/docs/practice/', from: 'q-usecases-fargate-spot-strategy', to: 'q-ecsscale-base-weight-split' },
  // end C4
] as const satisfies readonly AnchorRedirect[];
