import type { Question } from './types';

/** Practice questions shown on /docs/eks/scaling/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksscale-karpenter-right-sized',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A company uses Cluster Autoscaler with 15 managed node groups to cover different instance sizes and Spot and On-Demand mixes. Scaling is slow and nodes are often poorly sized for the pending pods. The platform team is happy to operate open-source controllers but must avoid any extra per-instance AWS management fee. What should it do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add more node groups so Cluster Autoscaler has a closer instance type for each workload.',
        correct: false,
        explanation:
          'Cluster Autoscaler only resizes existing Auto Scaling groups, each with one instance type, so more groups mean more to manage without faster, right-sized scaling.',
      },
      {
        text: 'Replace Cluster Autoscaler with Karpenter and describe the allowed instances in NodePools.',
        correct: true,
        explanation:
          'Karpenter launches right-sized instances directly for unschedulable pods, usually within a minute, and consolidates nodes later. It is open source with no extra AWS fee.',
      },
      {
        text: 'Move the cluster to EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode would scale nodes for them, but it charges a management fee per instance on top of EC2, which the company must avoid.',
      },
      {
        text: 'Create a Fargate profile for every namespace and remove the node groups.',
        correct: false,
        explanation:
          'Fargate removes nodes, but it brings limits such as no DaemonSets, GPUs or Spot on EKS, and it is not a replacement for right-sized EC2 scaling.',
      },
    ],
    learnMore: '/docs/eks/scaling/#karpenter',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/autoscaling.html',
  },
  {
    id: 'q-eksscale-mng-needs-autoscaler',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A team created an Amazon EKS managed node group with a minimum of 2, a desired size of 2 and a maximum of 10 nodes. During a traffic spike many pods stay Pending, yet the node group never grows beyond 2 nodes. What should the team do so the node group grows when pods can’t be scheduled?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Raise the node group’s `maxUnavailable` update setting to 10.',
        correct: false,
        explanation:
          '`maxUnavailable` governs how many nodes can be replaced during an update. It has nothing to do with scaling out.',
      },
      {
        text: 'Associate an Amazon ECS capacity provider with managed scaling with the node group’s Auto Scaling group.',
        correct: false,
        explanation:
          'Capacity providers and managed scaling are Amazon ECS features. On EKS the counterparts are Cluster Autoscaler, Karpenter or Auto Mode.',
      },
      {
        text: 'Wait, because managed node groups scale out on their own once the maximum size is set.',
        correct: false,
        explanation:
          'Managed node groups do not scale themselves; without an autoscaler the group stays at its desired size however many pods are waiting.',
      },
      {
        text: 'Deploy Cluster Autoscaler in the cluster so it finds the node group’s tagged Auto Scaling group and raises its desired size.',
        correct: true,
        explanation:
          'EKS tags the node group’s Auto Scaling group so Cluster Autoscaler can discover it, but something must run in the cluster to change its size.',
      },
    ],
    learnMore: '/docs/eks/scaling/#mng-no-autoscaling',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
  {
    id: 'q-eksscale-pdb-pod-eviction-failure',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A company starts an AMI update of an Amazon EKS managed node group. The update fails repeatedly with `PodEvictionFailure`. A critical Deployment has a PodDisruptionBudget with `maxUnavailable: 0`. What is the most likely cause?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The node group’s `maxUnavailable` setting is still at the default of 1 node.',
        correct: false,
        explanation:
          'The default of 1 only slows the rollout. It doesn’t stop pods from being evicted.',
      },
      {
        text: 'Managed node groups can’t be updated while pods are running, so the Deployment must be scaled to zero first.',
        correct: false,
        explanation:
          'A node group update is designed to run with live workloads: it adds new nodes, then cordons and drains the old ones.',
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
    learnMore: '/docs/eks/scaling/#managed-node-group-updates',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html',
  },
] as const satisfies readonly Question[];
