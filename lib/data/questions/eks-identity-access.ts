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
          'EKS Pod Identity supports pods on Linux EC2 nodes only; Linux and Windows pods on Fargate aren’t supported, so these pods would get no credentials.',
      },
      {
        text: 'Attach the DynamoDB policy to the IAM role of the cluster’s EC2 managed node group.',
        correct: false,
        explanation:
          'Fargate pods don’t run on those nodes, and a node role is reachable by every pod on a node, which breaks least privilege.',
      },
      {
        text: 'Set a task role ARN in the pod specification, as an Amazon ECS task definition does.',
        correct: false,
        explanation:
          'The task role is an Amazon ECS concept. Kubernetes pod specs have no task role field; EKS uses IRSA or Pod Identity instead.',
      },
      {
        text: 'Register the cluster’s OIDC issuer as an IAM identity provider, create a role that trusts it for the application’s service account, and annotate that service account with the role ARN.',
        correct: true,
        explanation:
          'IAM roles for service accounts (IRSA) gives Fargate pods their own scoped role; Fargate pods can’t use the instance metadata service or Pod Identity.',
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
      'A platform team manages 40 Amazon EKS clusters that still use the `aws-auth` ConfigMap. Developers who assume an IAM role need read-only access to the `dev` namespace on every cluster. The team must grant it through the EKS API and AWS CloudFormation instead of editing objects inside each cluster, and existing mappings must keep working during the change. What should the team do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Add a `mapRoles` entry for the developer role to the `aws-auth` ConfigMap in each cluster.',
        correct: false,
        explanation:
          'The `aws-auth` ConfigMap is deprecated and is an object inside each cluster, which is exactly the per-cluster editing the team wants to avoid.',
      },
      {
        text: 'Set each cluster’s authentication mode to `API_AND_CONFIG_MAP`, create an access entry for the developer role, and associate the `AmazonEKSViewPolicy` access policy scoped to the `dev` namespace.',
        correct: true,
        explanation:
          'Access entries are EKS API resources that CloudFormation can manage, and access policies can be scoped to named namespaces. The mixed mode keeps the existing `aws-auth` mappings working during the migration.',
      },
      {
        text: 'Switch each cluster straight to the `API` authentication mode and recreate the mappings afterwards.',
        correct: false,
        explanation:
          'In `API` mode the ConfigMap is ignored, so existing mappings stop working until each one is recreated, which breaks the requirement to keep them working during the change.',
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
      'A SaaS company runs 150 Amazon EKS clusters on Linux EC2 nodes and has hit the account’s default quota of IAM OIDC providers while using IRSA. It wants to reuse one IAM role across many clusters without editing trust policies. Which two steps are needed to adopt EKS Pod Identity for a workload on a cluster without Auto Mode? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Install the EKS Pod Identity Agent add-on in each cluster.',
        correct: true,
        explanation:
          'Pod Identity depends on the agent, a DaemonSet on each node that hands out credentials obtained through the EKS Auth service.',
      },
      {
        text: 'Create one more IAM OIDC provider per cluster after requesting a quota increase.',
        correct: false,
        explanation: 'Pod Identity needs no OIDC provider, which is why it avoids the 100-provider default limit that IRSA runs into.',
      },
      {
        text: 'Annotate each service account with `eks.amazonaws.com/role-arn`.',
        correct: false,
        explanation: 'That annotation is how IRSA attaches a role. Pod Identity links roles through associations managed with the EKS API.',
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
        explanation: 'Listing OIDC issuers is the IRSA model, and its trust-policy size limit is one of the problems Pod Identity removes.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },
  {
    id: 'q-eksiam-pod-identity-session-tags',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'Twenty teams each run one namespace on a shared Amazon EKS cluster, and each team’s pods must read only the S3 prefix named after its namespace. The security team wants a single IAM role to maintain rather than twenty. Which approach meets this?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'One role used through EKS Pod Identity, with a policy that compares the S3 prefix to the namespace in the session tags.',
        correct: true,
        explanation:
          'Credentials from EKS Pod Identity carry session tags such as the namespace and service account, so one role can grant each team only its own prefix through attribute-based access control.',
      },
      {
        text: 'One role used through IRSA, with a policy that compares the S3 prefix to the namespace in the session tags.',
        correct: false,
        explanation: 'IRSA doesn’t add STS session tags, so with one role every pod would receive all of the role’s permissions.',
      },
      {
        text: 'Put the S3 permissions on the node instance role and rely on Kubernetes RBAC to separate the teams.',
        correct: false,
        explanation:
          'Kubernetes RBAC controls the Kubernetes API, not calls to Amazon S3, and every pod on a node can reach the node role.',
      },
      {
        text: 'One access entry per team with the `AmazonEKSViewPolicy` access policy scoped to its namespace.',
        correct: false,
        explanation: 'Access entries govern who may call the Kubernetes API; they give pods no AWS permissions at all.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/service-accounts.html',
  },
  {
    id: 'q-eksiam-cross-account-target-role',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'Pods of an analytics service run on Linux EC2 nodes of an Amazon EKS cluster in a workload account. They must write to an Amazon DynamoDB table owned by a separate data account. The security team wants no long-lived keys, no code that calls STS itself, and the data account to keep control of what the pods may do there. Which solution meets these requirements with the least operational effort?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Store an access key for an IAM user from the data account in AWS Secrets Manager and mount it into the pods.',
        correct: false,
        explanation: 'This relies on long-lived keys, which the security team has ruled out.',
      },
      {
        text: 'Create a pod identity association that uses a role in the workload account and names a target role in the data account that trusts it.',
        correct: true,
        explanation:
          'With a target role, EKS Pod Identity assumes the local role and then the target role by role chaining, and hands the pods temporary credentials for the data account; the data account controls the target role’s permissions.',
      },
      {
        text: 'Give the node instance role permission to assume a role in the data account and let the SDK pick it up.',
        correct: false,
        explanation: 'Every pod on the node would inherit the access, and the application would still have to call STS to switch roles.',
      },
      {
        text: 'Add a DynamoDB resource-based policy that trusts the cluster’s Kubernetes service account name.',
        correct: false,
        explanation: 'AWS policies can’t name a Kubernetes service account as a principal; the pods need IAM credentials first.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreatePodIdentityAssociation.html',
  },
] as const satisfies readonly Question[];
