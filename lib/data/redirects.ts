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
] as const satisfies readonly AnchorRedirect[];
