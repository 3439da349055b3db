import type { Question } from './types';

/** Practice questions shown on /docs/eks/identity-access/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksiam-fargate-pods-need-irsa',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'An application on Amazon EKS runs in a namespace that a Fargate profile sends to AWS Fargate. Its pods must read one Amazon DynamoDB table, and the security team requires least privilege. How should the team grant the permissions?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install the EKS Pod Identity Agent add-on and create a pod identity association for the application’s service account.',
        correct: false,
        explanation:
          'EKS Pod Identity works only for pods on Linux EC2 nodes; its agent can’t run for Fargate pods, so these pods would get no credentials.',
      },
      {
        text: 'Attach the DynamoDB policy to the IAM role of the cluster’s EC2 managed node group.',
        correct: false,
        explanation:
          'Fargate pods don’t run on those nodes, and a node role is shared by every pod on a node, which breaks least privilege.',
      },
      {
        text: 'Set a task role ARN in the pod specification, as an Amazon ECS task definition does.',
        correct: false,
        explanation:
          'The task role is an Amazon ECS concept. Kubernetes pod specs have no task role field; EKS uses IRSA or Pod Identity instead.',
      },
      {
        text: 'Create an IAM OIDC provider for the cluster, a role that trusts it for the application’s service account, and annotate that service account with the role ARN.',
        correct: true,
        explanation:
          'IAM roles for service accounts (IRSA) is the way to give Fargate pods their own scoped IAM role, because Pod Identity is not available on Fargate.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity-limits',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },
  {
    id: 'q-eksiam-access-entry-namespace-view',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'A platform team manages 40 Amazon EKS clusters that still use the `aws-auth` ConfigMap. Developers who assume an IAM role need read-only access to the `dev` namespace on every cluster, and the team wants to grant it with the EKS API and AWS CloudFormation instead of editing objects inside each cluster. What should the team do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add a `mapRoles` entry for the developer role to the `aws-auth` ConfigMap in each cluster.',
        correct: false,
        explanation:
          'The `aws-auth` ConfigMap is deprecated and is an object inside the cluster, which is exactly the per-cluster editing the team wants to avoid.',
      },
      {
        text: 'Set each cluster’s authentication mode to `API_AND_CONFIG_MAP`, create an access entry for the developer role, and associate the `AmazonEKSViewPolicy` access policy scoped to the `dev` namespace.',
        correct: true,
        explanation:
          'Access entries are EKS API resources that CloudFormation can manage, and access policies can be scoped to named namespaces. The mixed mode keeps existing `aws-auth` mappings working during migration.',
      },
      {
        text: 'Create an EKS Pod Identity association that links the developer role to the `dev` namespace.',
        correct: false,
        explanation:
          'Pod Identity gives pods AWS permissions going out of the cluster; it does not let a human IAM principal call the Kubernetes API.',
      },
      {
        text: 'Keep the `CONFIG_MAP` authentication mode and grant the developer role an IAM policy that allows `eks:*`.',
        correct: false,
        explanation:
          'In `CONFIG_MAP` mode access entries are not used, and an IAM policy alone does not map the role to any Kubernetes permissions.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#access-entries',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  },
  {
    id: 'q-eksiam-pod-identity-adoption-steps',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'A SaaS company runs 150 Amazon EKS clusters on Linux EC2 nodes and has hit the account’s default quota of IAM OIDC providers while using IRSA. It wants to reuse one IAM role across many clusters without editing trust policies. Which two steps are needed to adopt EKS Pod Identity for a workload? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Install the EKS Pod Identity Agent add-on in each cluster.',
        correct: true,
        explanation:
          'Pod Identity depends on the agent, which runs on each node and obtains credentials through the EKS Auth service.',
      },
      {
        text: 'Create one more IAM OIDC provider per cluster after requesting a quota increase.',
        correct: false,
        explanation:
          'Pod Identity needs no OIDC provider, which is why it avoids the 100-provider default limit that IRSA runs into.',
      },
      {
        text: 'Annotate each service account with `eks.amazonaws.com/role-arn`.',
        correct: false,
        explanation:
          'That annotation is how IRSA attaches a role. Pod Identity links roles through associations managed with the EKS API.',
      },
      {
        text: 'Create a pod identity association that links the namespace and service account to an IAM role whose trust policy trusts `pods.eks.amazonaws.com`.',
        correct: true,
        explanation:
          'The association maps a service account to the role, and because the trust policy names the service principal rather than a cluster, the same role works in every cluster.',
      },
      {
        text: 'Add every cluster’s OIDC issuer URL to the IAM role’s trust policy.',
        correct: false,
        explanation:
          'Listing OIDC issuers is the IRSA model, and its trust-policy size limit is one of the problems Pod Identity removes.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },
] as const satisfies readonly Question[];
