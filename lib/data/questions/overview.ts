import type { Question } from './types';

/** Practice questions shown on /docs/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-overview-app-mesh-replacements',
    page: '/docs/',
    service: 'both',
    scenario:
      'A retailer is designing service-to-service networking for a new platform where some teams deploy to Amazon ECS and others to Amazon EKS. The architect’s draft reuses a 2023 design that put AWS App Mesh under both. Which replacements should the architect choose? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Keep AWS App Mesh for both orchestrators, because only new customers were turned away and existing meshes keep working.',
        correct: false,
        explanation:
          'App Mesh reached end of support on 30 September 2026 and its console and resources are gone, so it has no place in a new design.',
      },
      {
        text: 'Use Amazon ECS Service Connect for the ECS services.',
        correct: true,
        explanation:
          'Service Connect is the App Mesh successor on ECS: on top of a Cloud Map namespace it injects a managed proxy that gives short-name discovery, retries, outlier detection and CloudWatch metrics.',
      },
      {
        text: 'Use ECS Service Connect for the EKS workloads too, so that both teams share one mechanism.',
        correct: false,
        explanation:
          'Service Connect is configured on ECS services and task definitions; inside EKS, discovery is CoreDNS, and across clusters it is VPC Lattice.',
      },
      {
        text: 'Use Amazon VPC Lattice through the AWS Gateway API Controller for the EKS workloads.',
        correct: true,
        explanation:
          'VPC Lattice, driven by Kubernetes Gateway API objects via the AWS Gateway API Controller, links services across clusters, VPCs and accounts with no sidecars and is AWS’s recommended App Mesh replacement on EKS.',
      },
      {
        text: 'Register every service in AWS Cloud Map and let clients resolve plain DNS names, which gives the same retries and traffic metrics as a mesh.',
        correct: false,
        explanation:
          'DNS-only Cloud Map discovery has no proxy in the request path, so it provides none of the retries, outlier detection or metrics the design calls for.',
      },
    ],
    learnMore: '/docs/#app-mesh-end-of-support',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-vpc-lattice',
  },
  {
    id: 'q-overview-ecs-anywhere-on-prem',
    page: '/docs/',
    service: 'ECS',
    scenario:
      'A media company runs its cloud workloads on Amazon ECS. It must also run a nightly transcoding container on servers in its own data centre; the job only makes outbound connections. The company wants AWS to run the control plane and does not want to adopt Kubernetes. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install EKS Anywhere on the servers and run the job as a Kubernetes CronJob.',
        correct: false,
        explanation:
          'EKS Anywhere puts the whole Kubernetes control plane on the company’s hardware and means adopting Kubernetes, both of which the requirements exclude.',
      },
      {
        text: 'Register the servers as container instances for the `EC2` launch type and schedule the job as an ECS task.',
        correct: false,
        explanation:
          'The `EC2` launch type places tasks on EC2 instances; servers outside AWS run ECS tasks through the `EXTERNAL` launch type that ECS Anywhere provides.',
      },
      {
        text: 'Register the servers through AWS Systems Manager and use ECS Anywhere to run the job with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere (generally available since May 2021) schedules ECS tasks on your own servers while the control plane stays in AWS, and its lack of Elastic Load Balancing is irrelevant to an outbound-only batch job.',
      },
      {
        text: 'Move the job into an AWS Region, because ECS can schedule tasks only on AWS infrastructure.',
        correct: false,
        explanation:
          'The idea that ECS is AWS-only is out of date: ECS Anywhere has run tasks on customer-owned servers since May 2021.',
      },
    ],
    learnMore: '/docs/#ecs-anywhere',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-overview-eks-hybrid-nodes',
    page: '/docs/',
    service: 'EKS',
    scenario:
      'A manufacturer has an Amazon EKS cluster in eu-central-1 and AWS Direct Connect links to each factory. It wants machines on the factory floor to run pods as nodes of that existing cluster, so that one Kubernetes API manages both cloud and factory workloads. Which option meets this requirement?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'EKS Hybrid Nodes, with node credentials from Systems Manager hybrid activations or IAM Roles Anywhere.',
        correct: true,
        explanation:
          'Hybrid Nodes (December 2024) joins on-premises or edge machines to an EKS cluster whose control plane stays in the Region; it needs private connectivity such as the Direct Connect links the company already has.',
      },
      {
        text: 'EKS Anywhere installed in each factory.',
        correct: false,
        explanation:
          'EKS Anywhere creates separate clusters, each with its own control plane on local hardware, so the factory machines would not become nodes of the cloud cluster.',
      },
      {
        text: 'ECS Anywhere with the `EXTERNAL` launch type.',
        correct: false,
        explanation:
          'ECS Anywhere extends Amazon ECS, not Kubernetes, so machines registered with it can’t join an EKS cluster or be driven through the Kubernetes API.',
      },
      {
        text: 'A Fargate profile whose selector matches the factory workloads’ namespace.',
        correct: false,
        explanation:
          'Fargate runs pods on AWS-managed capacity inside the Region; a profile only chooses which pods go there and can’t place them on the company’s own machines.',
      },
    ],
    learnMore: '/docs/#eks-anywhere-vs-hybrid-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-concepts.html',
  },
] as const satisfies readonly Question[];
