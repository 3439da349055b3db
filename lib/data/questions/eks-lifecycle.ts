import type { Question } from './types';

/** Practice questions shown on /docs/eks/lifecycle/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ekslife-avoid-extended-support-cost',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'Several of a company’s Amazon EKS clusters run a Kubernetes version whose standard support ends next quarter. Finance wants to make sure the clusters never pay the extended-support rate of $0.60 per cluster-hour. Which two actions meet this requirement? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Leave the upgrade policy at its default so EKS upgrades the clusters automatically when standard support ends.',
        correct: false,
        explanation:
          'The default upgrade policy is `EXTENDED`: the clusters stay on their version and move into paid extended support.',
      },
      {
        text: 'Upgrade the clusters to a newer Kubernetes version before standard support ends.',
        correct: true,
        explanation:
          'A version still in its 14 months of standard support is billed at $0.10 per cluster-hour.',
      },
      {
        text: 'Move the clusters to EKS Provisioned Control Plane.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves API capacity at extra cost. It doesn’t change which support phase a version is in.',
      },
      {
        text: 'Downgrade the clusters to an older Kubernetes version with a lower rate.',
        correct: false,
        explanation:
          'EKS control planes can’t be downgraded, and older versions are the ones in extended support.',
      },
      {
        text: 'Set each cluster’s upgrade policy to `STANDARD`.',
        correct: true,
        explanation:
          'With `STANDARD`, EKS upgrades the cluster automatically when standard support ends, so it never enters the extended-support price.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#extended-support-cost',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  },
  {
    id: 'q-ekslife-upgrade-two-minor-versions',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'An Amazon EKS cluster runs Kubernetes 1.30 with managed node groups, and the team must reach 1.32. Which upgrade plan follows EKS rules?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Upgrade the control plane to 1.31, then to 1.32, then update the node groups and add-ons.',
        correct: true,
        explanation:
          'EKS upgrades the control plane one minor version at a time, control plane first. Since 1.28 the kubelet may lag by up to three minor versions, so nodes can follow afterwards.',
      },
      {
        text: 'Upgrade the control plane directly from 1.30 to 1.32 in one operation, then update the node groups.',
        correct: false,
        explanation:
          'An EKS control-plane upgrade can move only one minor version, so going from 1.30 to 1.32 takes two upgrades.',
      },
      {
        text: 'Update the node groups to 1.32 first, then upgrade the control plane.',
        correct: false,
        explanation:
          'The control plane is upgraded first and the nodes follow; nodes must not run ahead of the API server.',
      },
      {
        text: 'Upgrade the control plane to 1.32 and plan to downgrade it to 1.30 if workloads break.',
        correct: false,
        explanation:
          'Control-plane upgrades can’t be reversed. A rollback plan means a new cluster on the older version and migrating workloads to it.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#upgrade-rules',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  {
    id: 'q-ekslife-capabilities-managed-argocd',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'A company wants GitOps deployments from Git repositories into 20 Amazon EKS clusters with Argo CD. The platform team does not want to install, scale or patch Argo CD, and it must not consume capacity on the worker nodes. What should the team use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install Argo CD with its Helm chart in each cluster.',
        correct: false,
        explanation:
          'A Helm install runs Argo CD on the team’s own nodes, and the team must upgrade and scale it in every cluster.',
      },
      {
        text: 'Enable the AWS Controllers for Kubernetes (ACK) capability in each cluster.',
        correct: false,
        explanation:
          'ACK manages AWS resources as Kubernetes custom resources. It doesn’t sync application manifests from Git.',
      },
      {
        text: 'Enable the managed Argo CD capability from EKS Capabilities.',
        correct: true,
        explanation:
          'EKS Capabilities, since November 2025, run Argo CD as a managed feature in AWS-owned infrastructure rather than on the cluster’s nodes.',
      },
      {
        text: 'Switch the clusters’ deployments to the `CODE_DEPLOY` deployment controller.',
        correct: false,
        explanation:
          '`CODE_DEPLOY` is an Amazon ECS service deployment controller, not a GitOps tool for Kubernetes.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#eks-capabilities',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/capabilities.html',
  },
] as const satisfies readonly Question[];
