import type { Question } from './types';

/** Practice questions shown on /docs/eks/lifecycle/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ekslife-avoid-extended-support-cost',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'A company creates its Amazon EKS clusters with AWS CloudFormation. Several run a Kubernetes version whose standard support ends next quarter. The owners of the critical clusters have time to test a new version this quarter; nobody is free to test the less critical ones, and the platform team accepts an automatic upgrade for those. Finance insists that no cluster is ever billed at the extended-support rate. Which two actions meet the finance requirement? (Choose two.)',
    exam: 'SAP',
    choose: 2,
    options: [
      {
        text: 'Leave the upgrade policy at its default, because EKS upgrades clusters automatically when standard support ends.',
        correct: false,
        explanation:
          'Clusters created through CloudFormation or the API default to the `EXTENDED` policy, so they stay on their version and enter paid extended support.',
      },
      {
        text: 'Upgrade the critical clusters to a newer Kubernetes version before standard support ends.',
        correct: true,
        explanation: 'A version that is still in its 14 months of standard support is billed at the standard rate.',
      },
      {
        text: 'Move the clusters to EKS Provisioned Control Plane.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves control-plane capacity at extra cost. It doesn’t change which support phase a version is in.',
      },
      {
        text: 'Downgrade the clusters to an older Kubernetes version.',
        correct: false,
        explanation:
          'A rollback only returns to the previous minor version within 7 days of an upgrade, and older versions are the ones in extended support: rolling back into one brings the extended charges back.',
      },
      {
        text: 'Set the upgrade policy of the less critical clusters to `STANDARD`.',
        correct: true,
        explanation:
          'With `STANDARD`, EKS upgrades the cluster automatically when standard support ends, so it never enters extended support.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#extended-support-cost',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-extended-support.html',
  },
  {
    id: 'q-ekslife-upgrade-two-minor-versions',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'An Amazon EKS cluster runs Kubernetes 1.33 with managed node groups, and the team must reach 1.35. Which upgrade plan follows EKS rules?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Upgrade the control plane to 1.34, then to 1.35, then update the node groups and add-ons.',
        correct: true,
        explanation:
          'EKS upgrades the control plane one minor version at a time, control plane first. Since 1.28 the kubelet may lag the API server by up to three minor versions, so nodes can follow afterwards.',
      },
      {
        text: 'Upgrade the control plane directly from 1.33 to 1.35 in one operation, then update the node groups.',
        correct: false,
        explanation: 'An EKS control-plane upgrade moves only one minor version, so going from 1.33 to 1.35 takes two upgrades.',
      },
      {
        text: 'Update the node groups to 1.35 first, then upgrade the control plane.',
        correct: false,
        explanation: 'The control plane is upgraded first and the nodes follow; nodes must not run ahead of the API server.',
      },
      {
        text: 'Upgrade the control plane to 1.34, then 1.35, and count on rolling it back if problems show up after a month in production.',
        correct: false,
        explanation:
          'EKS rolls a control plane back only to the previous minor version and only within 7 days of the upgrade. A month later, the way back is a new cluster on the older version.',
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
      'A company deploys to 20 Amazon EKS clusters from Git repositories. Its platform team is tired of upgrading and scaling the GitOps controller that it runs on the worker nodes of every cluster, and wants users to sign in through AWS IAM Identity Center. What should the team do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Move the controller to a dedicated managed node group in each cluster.',
        correct: false,
        explanation: 'The team would still install, upgrade and scale the controller on its own nodes, only in a different place.',
      },
      {
        text: 'Use the AWS Controllers for Kubernetes (ACK) capability.',
        correct: false,
        explanation: 'ACK manages AWS resources as Kubernetes resources. It doesn’t sync application manifests from Git.',
      },
      {
        text: 'Use the EKS capability for Argo CD.',
        correct: true,
        explanation:
          'EKS Capabilities run Argo CD as a managed feature inside EKS rather than on the cluster’s nodes, and the managed Argo CD signs users in through IAM Identity Center.',
      },
      {
        text: 'Switch the applications to the `CODE_DEPLOY` deployment controller.',
        correct: false,
        explanation: '`CODE_DEPLOY` is an Amazon ECS service deployment controller, not a GitOps tool for Kubernetes.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#eks-capabilities',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/capabilities.html',
  },
  {
    id: 'q-eksscale-pdb-pod-eviction-failure',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'A company starts an AMI update of an Amazon EKS managed node group. The update fails repeatedly with `PodEvictionFailure`. A critical Deployment has a PodDisruptionBudget with `maxUnavailable: 0`. What is the most likely cause?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The node group’s `maxUnavailable` setting is still at the default of 1 node.',
        correct: false,
        explanation: 'The default of 1 only slows the rollout. It doesn’t stop pods from being evicted.',
      },
      {
        text: 'Managed node groups can’t be updated while pods are running, so the Deployment must be scaled to zero first.',
        correct: false,
        explanation: 'A node group update is designed to run with live workloads: it adds new nodes, then cordons and drains the old ones.',
      },
      {
        text: 'The PodDisruptionBudget allows no evictions, so draining could not finish within 15 minutes.',
        correct: true,
        explanation:
          'Draining respects PDBs, and if pods can’t be evicted within 15 minutes the update fails with `PodEvictionFailure`. Relax the PDB or force the update.',
      },
      {
        text: 'The new AMI is not compatible with the Spot capacity type.',
        correct: false,
        explanation:
          'Managed node groups support both On-Demand and Spot, and the error named here comes from the drain step, not from the capacity type.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#managed-node-group-updates',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html',
  },
  {
    id: 'q-ekslife-envelope-encryption-cmk',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'An auditor asks how Kubernetes Secrets are protected at rest on a company’s Amazon EKS clusters, which all run Kubernetes 1.35. The compliance team also wants to control rotation of the key that protects them and see its use in AWS CloudTrail. What should the platform team answer and do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Secrets are stored in plain text in etcd, so the team must install a third-party encryption provider.',
        correct: false,
        explanation: 'On 1.28 and later, EKS envelope-encrypts all Kubernetes API data, Secrets included, by default.',
      },
      {
        text: 'Secrets are already envelope-encrypted with AWS KMS by default; to control the key, configure a customer managed KMS key for the clusters.',
        correct: true,
        explanation:
          'Default envelope encryption covers all Kubernetes API data on 1.28 and later, and a customer managed KMS key gives the company control over rotation and a CloudTrail record of its use.',
      },
      {
        text: 'Encrypt the EBS volumes of the worker nodes, which is where Kubernetes stores Secrets.',
        correct: false,
        explanation: 'Secrets live in the control plane’s etcd, not on the worker nodes’ volumes.',
      },
      {
        text: 'Move every Secret into AWS Secrets Manager, because EKS can’t encrypt Kubernetes Secrets.',
        correct: false,
        explanation:
          'EKS does encrypt Kubernetes Secrets. Secrets Manager is a valid choice for other reasons, but it isn’t required for encryption at rest.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#envelope-encryption',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
  },
  {
    id: 'q-ekslife-provisioned-control-plane-peak',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'An AI company will start a training run that creates tens of thousands of pods on one Amazon EKS cluster within minutes, and a similar spike happens at every model release. During the last release, Kubernetes API latency rose while the control plane scaled up, which slowed job scheduling. The company accepts paying more for predictable API performance. What should it do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Split the workload over several smaller clusters in Standard mode.',
        correct: false,
        explanation: 'More clusters add operational work and cross-cluster scheduling, and each still scales its control plane on demand.',
      },
      {
        text: 'Choose a Provisioned Control Plane tier large enough for the peak before the run starts.',
        correct: true,
        explanation:
          'Provisioned mode keeps the chosen control-plane capacity allocated, so there is no wait for scaling during the spike; it costs extra on top of the standard cluster fee.',
      },
      {
        text: 'Add more nodes to the managed node groups ahead of the run.',
        correct: false,
        explanation: 'Extra nodes add data-plane capacity; the API server latency comes from the control plane.',
      },
      {
        text: 'Set the cluster’s upgrade policy to `EXTENDED`.',
        correct: false,
        explanation: 'The upgrade policy only decides what happens when standard support ends; it doesn’t change control-plane capacity.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#provisioned-control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-provisioned-control-plane.html',
  },
] as const satisfies readonly Question[];
