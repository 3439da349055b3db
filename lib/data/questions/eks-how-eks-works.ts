import type { Question } from './types';

/** Practice questions shown on /docs/eks/how-eks-works/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksarch-control-plane-multi-az',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A company runs self-managed Kubernetes on EC2, and its operators look after three etcd members and the API servers by hand. Leadership wants the Kubernetes control plane to keep working if one Availability Zone fails, with the least operational effort. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create three Amazon EKS clusters, one per Availability Zone, and fail over between them with Amazon Route 53 health checks.',
        correct: false,
        explanation:
          'A single EKS cluster’s control plane already spans several AZs. Three clusters triple the control-plane fee and add failover work the requirement doesn’t need.',
      },
      {
        text: 'Migrate to Amazon EKS and run etcd as a StatefulSet spread across three Availability Zones in a managed node group.',
        correct: false,
        explanation:
          'On EKS, etcd is part of the control plane that AWS runs in its own account. You don’t deploy or operate etcd on your nodes.',
      },
      {
        text: 'Migrate to Amazon EKS, where AWS runs at least two API server instances and three etcd instances across three Availability Zones for each cluster.',
        correct: true,
        explanation:
          'EKS gives every cluster its own control plane spread over three AZs and replaces unhealthy instances automatically, so no control-plane redundancy has to be built by the team.',
      },
      {
        text: 'Keep the self-managed cluster and schedule etcd snapshots to Amazon S3 with AWS Backup.',
        correct: false,
        explanation:
          'Snapshots help recovery but do not keep the control plane available during an AZ failure, and the team still runs every control-plane component itself.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  },
  {
    id: 'q-eksarch-hybrid-nodes-factory',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A manufacturer has GPU servers in a factory that must keep processing camera data on site. It already runs an Amazon EKS cluster in eu-central-1 and has an AWS Direct Connect link to that VPC. The platform team wants to schedule pods onto the factory servers from the existing cluster, using the same Kubernetes API and tooling. Which solution meets these requirements?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Join the factory servers to the existing cluster as EKS Hybrid Nodes, with credentials from AWS Systems Manager hybrid activations or IAM Roles Anywhere.',
        correct: true,
        explanation:
          'Hybrid Nodes register on-premises machines with a cloud EKS cluster whose control plane stays in the Region. The Direct Connect link satisfies the private-connectivity prerequisite.',
      },
      {
        text: 'Install EKS Anywhere on the factory servers.',
        correct: false,
        explanation:
          'EKS Anywhere creates a separate cluster whose control plane runs on the customer’s own hardware. The servers would not be nodes of the existing Regional cluster.',
      },
      {
        text: 'Register the factory servers with Amazon ECS Anywhere and run the workloads as ECS tasks.',
        correct: false,
        explanation:
          'ECS Anywhere runs ECS tasks with the ECS API, not Kubernetes pods, so the team could not use its existing cluster and Kubernetes tooling.',
      },
      {
        text: 'Create a Fargate profile whose selector targets a namespace for the factory workloads.',
        correct: false,
        explanation:
          'Fargate pods run on AWS-managed VMs in the VPC’s private subnets, not on customer hardware, and EKS on Fargate has no GPU support.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#eks-anywhere-vs-hybrid-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-concepts.html',
  },
  {
    id: 'q-eksarch-endpoint-private-only',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A bank created an Amazon EKS cluster with default settings. Its security policy now says the Kubernetes API must not be reachable from the internet at all; administrators connect to the VPC over AWS Site-to-Site VPN. What should the team change?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Keep public access and add a CIDR allow-list that contains only the bank’s office range.',
        correct: false,
        explanation:
          'A CIDR allow-list narrows who may call the public endpoint, but the endpoint is still exposed on the internet, which the policy forbids.',
      },
      {
        text: 'Move all node groups into private subnets, which makes the cluster endpoint private automatically.',
        correct: false,
        explanation:
          'Endpoint access is a separate cluster setting. The endpoint is public by default no matter which subnets the nodes use.',
      },
      {
        text: 'Attach a security group to the worker nodes that denies inbound port 443 from 0.0.0.0/0.',
        correct: false,
        explanation:
          'The API server runs in the AWS-managed control plane, not on the worker nodes, so node security groups do not control access to the cluster endpoint.',
      },
      {
        text: 'Turn on private endpoint access and turn off public endpoint access for the cluster.',
        correct: true,
        explanation:
          'With private access only, the API is reachable solely from the cluster’s VPC and networks connected to it, such as the VPN.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#cluster-endpoint',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
] as const satisfies readonly Question[];
