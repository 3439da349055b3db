import type { Question } from './types';

/** Practice questions shown on /docs/eks/how-eks-works/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksarch-control-plane-multi-az',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A company runs a self-managed Kubernetes cluster on EC2 instances in a single Availability Zone. Its three operators spend much of their time keeping etcd and the API servers healthy, and an outage of that zone last quarter stopped all deployments. Leadership wants the problem solved with the least ongoing operational effort. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create three Amazon EKS clusters, one for each Availability Zone, and switch between them with Amazon Route 53 failover records.',
        correct: false,
        explanation:
          'One EKS cluster’s control plane already spans three Availability Zones. Three clusters triple the control-plane fees and add failover work the requirement doesn’t need.',
      },
      {
        text: 'Move to one Amazon EKS cluster and let AWS operate the control plane.',
        correct: true,
        explanation:
          'EKS runs at least two API server instances and three etcd instances across three Availability Zones for every cluster, and replaces failed instances itself, so the team no longer operates the control plane.',
      },
      {
        text: 'Keep the self-managed cluster, spread its etcd members over three Availability Zones and put a Network Load Balancer in front of the API servers.',
        correct: false,
        explanation:
          'This survives a zone outage, but the operators still run, patch and repair every control-plane component, which is the effort leadership wants to remove.',
      },
      {
        text: 'Move to Amazon EKS and spread a managed node group across three Availability Zones so the control plane follows the nodes.',
        correct: false,
        explanation:
          'Spreading nodes helps the workloads, but the control plane does not follow the nodes: AWS places it in its own AWS-managed VPC across three zones regardless of where nodes run.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  },
  {
    id: 'q-eksarch-shared-responsibility-patching',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'An AWS security bulletin lists two fixes that affect a company’s Amazon EKS cluster: one for the Kubernetes control plane and one in a new release of the EKS-optimized AMI used by its managed node groups. What must the platform team do itself?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Nothing; AWS applies both fixes to the control plane and to the managed node groups automatically.',
        correct: false,
        explanation:
          'AWS patches the control plane, but for managed node groups EKS only publishes the patched AMI. Rolling it out to the nodes is the customer’s part of the shared responsibility model.',
      },
      {
        text: 'Start an update of each managed node group to the new AMI release; AWS patches the control plane.',
        correct: true,
        explanation:
          'EKS patches and repairs the control plane itself, while the customer deploys patched AMI versions to managed node groups by starting a node group update.',
      },
      {
        text: 'Connect to the API server instances with Session Manager and install the control-plane fix, then update the node groups.',
        correct: false,
        explanation: 'Customers have no access to the control-plane instances; they run in an AWS-managed VPC and EKS patches them.',
      },
      {
        text: 'Upgrade the cluster to the next Kubernetes minor version, which replaces both the control plane and the nodes.',
        correct: false,
        explanation:
          'A minor-version upgrade is a larger change that can be rolled back only within 7 days, and it doesn’t update node groups by itself; the fixes only need the node group AMI rollout.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#shared-responsibility',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
  {
    id: 'q-eksarch-tenant-isolation-clusters',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A SaaS provider hosts workloads for three regulated customers on Amazon EKS. Each customer’s contract requires that no Kubernetes control-plane component is shared with another customer and that the customer can approve its own Kubernetes upgrade dates. Other customers are happy to share. Which design meets the contracts at the lowest cost?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run everyone in one cluster and give each regulated customer a namespace with its own RBAC roles and network policies.',
        correct: false,
        explanation:
          'Namespaces isolate workloads, but all tenants still share one API server, one etcd and one upgrade schedule, which the regulated contracts forbid.',
      },
      {
        text: 'Give each regulated customer its own EKS cluster and keep the other customers together in one shared cluster.',
        correct: true,
        explanation:
          'Every EKS cluster gets a control plane of its own that isn’t shared with other clusters or accounts, and each cluster is upgraded on its own schedule. Only the three regulated tenants pay for separate clusters.',
      },
      {
        text: 'Give every customer, regulated or not, its own EKS cluster in its own AWS account.',
        correct: false,
        explanation:
          'This satisfies the contracts but pays a control-plane fee and operating effort for every customer, including those who accept sharing, so it is not the lowest-cost design.',
      },
      {
        text: 'Keep one cluster and turn on EKS Provisioned Control Plane with a dedicated tier for each regulated customer.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves capacity for a cluster’s single control plane; it doesn’t split one control plane between tenants or give them separate upgrade dates.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  },
  {
    id: 'q-eksarch-endpoint-reachable-but-unauthorized',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A new operator can resolve and connect to an Amazon EKS cluster’s API server endpoint from the office network, but every `kubectl get pods` call returns an authorization error. Other operators who use a different IAM role work normally. What is the most likely fix?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add the office CIDR range to the public endpoint’s allow-list.',
        correct: false,
        explanation: 'The operator already reaches the endpoint, so network access is not the problem; the error comes from authorization.',
      },
      {
        text: 'Turn on private endpoint access so the call stays inside the VPC.',
        correct: false,
        explanation: 'Private access changes the network path, not whether the caller’s IAM identity is mapped to Kubernetes permissions.',
      },
      {
        text: 'Create an access entry for the operator’s IAM role and associate an access policy with it.',
        correct: true,
        explanation:
          'Reaching the endpoint is only half of it: the caller’s IAM principal must also be mapped to Kubernetes permissions, which an access entry with an access policy does.',
      },
      {
        text: 'Attach the AmazonEKSClusterPolicy managed policy to the operator’s IAM role.',
        correct: false,
        explanation:
          'That policy is meant for the cluster’s own service role. An IAM policy on the caller doesn’t map it to Kubernetes permissions inside the cluster.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#cluster-endpoint',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  },
  {
    id: 'q-eksarch-regional-control-plane-dr',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A payments company runs its platform on one Amazon EKS cluster in us-east-1, with node groups in three Availability Zones. A new resilience rule says the platform must keep serving if the whole Region becomes unavailable, with a recovery time of under one hour. Deployments are already driven from Git. What should the architect add?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Nothing more; the EKS control plane already replicates etcd to a second Region.',
        correct: false,
        explanation:
          'The control plane spreads its API servers and etcd over three Availability Zones within one Region. It gives no protection against the loss of the Region.',
      },
      {
        text: 'A standby EKS cluster in a second Region, kept in sync from the same Git repositories, with data replicated to that Region and DNS failover in front.',
        correct: true,
        explanation:
          'Because each control plane lives in a single Region, Regional resilience needs a second cluster elsewhere. Rebuilding it from Git and replicating data keeps recovery inside the one-hour target.',
      },
      {
        text: 'Add a fourth node group in another Availability Zone of us-east-1.',
        correct: false,
        explanation: 'More zones in the same Region still fail together with the Region.',
      },
      {
        text: 'Switch the cluster to EKS Provisioned Control Plane so its capacity is reserved in a second Region.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves control-plane capacity for predictable performance; it doesn’t place the control plane in another Region.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  },
] as const satisfies readonly Question[];
