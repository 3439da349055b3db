import type { Question } from './types';

/** Practice questions shown on /docs/pricing/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-pricing-eks-upgrade-policy-standard',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A company runs several Amazon EKS clusters and has a rule that no cluster may ever be billed at the extended support rate. The platform team accepts that a cluster will be upgraded automatically when standard support for its Kubernetes version ends. What should the team do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Set each cluster’s upgrade policy to `supportType=STANDARD`.',
        correct: true,
        explanation:
          'With the `STANDARD` policy, EKS upgrades the cluster when standard support ends instead of moving it into extended support at $0.60 per cluster-hour.',
      },
      {
        text: 'Nothing, because a cluster enters extended support only if the team opts in.',
        correct: false,
        explanation:
          'Extended support is on by default, so a cluster left on an old version moves into it and is billed $0.60 per cluster-hour.',
      },
      {
        text: 'Switch the clusters to EKS Provisioned Control Plane.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves control-plane capacity in XL to 4XL tiers at extra cost; it doesn’t change how Kubernetes version support is billed.',
      },
      {
        text: 'Replace the managed node groups with self-managed nodes.',
        correct: false,
        explanation:
          'The extended support charge is on the control plane, and managed node groups add no fee of their own, so changing how nodes are run saves nothing.',
      },
    ],
    learnMore: '/docs/pricing/#eks-control-plane-cost',
    source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_UpgradePolicyRequest.html',
  },
  {
    id: 'q-pricing-eks-control-plane-math',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'An account has three Amazon EKS clusters that each run for a full 730-hour month. Two run a Kubernetes version in standard support, and the third has stayed on a version that is now in extended support. What is the total control-plane charge for the month, before compute and other resources?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'About $219, because every cluster pays $0.10 per hour.',
        correct: false,
        explanation:
          'The $0.10 rate applies only in standard support; since extended-support pricing took effect on 1 April 2024, a cluster on an extended-support version pays more.',
      },
      {
        text: 'About $657, because the extended-support cluster pays $0.60 per hour on top of the $0.10 base rate.',
        correct: false,
        explanation:
          'The $0.60 is the whole hourly rate for a cluster in extended support, not a surcharge added to $0.10.',
      },
      {
        text: 'About $584: two clusters at 730 × $0.10 plus one at 730 × $0.60.',
        correct: true,
        explanation:
          'Each standard-support cluster costs about $73 and the extended-support cluster about $438, because $0.60 per cluster-hour is the full extended-support rate.',
      },
      {
        text: 'About $1,314, because one cluster in extended support moves every cluster in the account to $0.60 per hour.',
        correct: false,
        explanation:
          'The rate is set per cluster by that cluster’s own Kubernetes version, so the two standard-support clusters stay at $0.10 per hour.',
      },
    ],
    learnMore: '/docs/pricing/#eks-control-plane-cost',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing',
  },
  {
    id: 'q-pricing-eks-no-fargate-spot',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A company runs fault-tolerant queue workers as Amazon EKS pods on AWS Fargate. To cut compute cost it wants Spot pricing for these workers, while keeping them in the same EKS cluster. Which change meets the requirement?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add a `FARGATE_SPOT` capacity provider strategy to the workers’ Deployment.',
        correct: false,
        explanation:
          'Capacity provider strategies belong to ECS services and tasks, and EKS doesn’t support Fargate Spot in any form.',
      },
      {
        text: 'Run the workers on a managed node group with the Spot capacity type.',
        correct: true,
        explanation:
          'A managed node group can use Spot capacity, and the node group itself adds no charge, which makes it the way to get Spot savings on EKS.',
      },
      {
        text: 'Rebuild the worker images for ARM64 so that Fargate places them on Spot capacity.',
        correct: false,
        explanation:
          'Fargate Spot doesn’t run ARM64 tasks even on ECS, and EKS has no Fargate Spot at all.',
      },
      {
        text: 'Create a second Fargate profile with Spot as its capacity type and move the workers’ namespace to it.',
        correct: false,
        explanation:
          'EKS doesn’t support Fargate Spot, so no Fargate profile can ask for Spot capacity; Spot on EKS means EC2 nodes.',
      },
    ],
    learnMore: '/docs/pricing/#fargate-spot',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
] as const satisfies readonly Question[];
