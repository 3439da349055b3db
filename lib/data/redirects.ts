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
