import type { Question } from './types';

/** Practice questions shown on /docs/ecs/anywhere-managed-instances/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-anywhere-on-premises-ecs',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A manufacturer already runs its cloud workloads on Amazon ECS. Because of data residency rules, a data-processing container must now also run on servers in the company’s own factory. The operations team wants to manage those containers with the same ECS API, task definitions and tools it uses in AWS. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install EKS Anywhere on the factory servers and convert the task definitions to Kubernetes manifests.',
        correct: false,
        explanation:
          'EKS Anywhere runs Kubernetes clusters on customer hardware, so the team would switch orchestrators instead of keeping its ECS API and task definitions.',
      },
      {
        text: 'Register the factory servers with AWS Systems Manager and the ECS cluster as external instances, and run the tasks with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere runs ECS tasks on your own servers and VMs while the control plane stays in AWS, so the same API and task definitions apply.',
      },
      {
        text: 'Add an ECS Managed Instances capacity provider that points at the factory servers.',
        correct: false,
        explanation:
          'Managed Instances are EC2 instances that AWS launches in the Region on your behalf; they can’t use servers in your own building.',
      },
      {
        text: 'Join the factory servers to an Amazon EKS cluster as EKS Hybrid Nodes.',
        correct: false,
        explanation:
          'Hybrid Nodes join on-premises machines to an EKS cluster, which again means moving the workload from ECS to Kubernetes.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-anywhere-capabilities-and-limits',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A retail chain is evaluating Amazon ECS Anywhere for servers in its stores, some running Linux and some running Windows. The architect must brief the team on what the design can and can’t do. Which two statements about ECS Anywhere are correct? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'ECS Anywhere can register the store servers behind an Application Load Balancer in the Region, like EC2 tasks.',
        correct: false,
        explanation:
          'ECS Anywhere does not support Elastic Load Balancing, so ECS can’t put an ALB or NLB in front of tasks on external instances.',
      },
      {
        text: 'Only the Linux servers can be used, because ECS Anywhere does not support Windows.',
        correct: false,
        explanation:
          'ECS Anywhere supports Windows external instances as well as Linux, since March 2022.',
      },
      {
        text: 'ECS Anywhere suits workloads that mostly send traffic out or process data locally, because tasks on external instances can’t use Elastic Load Balancing.',
        correct: true,
        explanation:
          'Without load balancer integration, ECS Anywhere fits outbound and data-processing work better than public inbound services.',
      },
      {
        text: 'The ECS control plane is installed on one of the store servers and syncs with AWS.',
        correct: false,
        explanation:
          'With ECS Anywhere the control plane stays in the AWS Region; only the tasks run on your hardware.',
      },
      {
        text: 'Each server is registered through AWS Systems Manager and joins the cluster as an external instance that runs tasks with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere hosts are registered with Systems Manager, appear as external instances, and take tasks launched with the `EXTERNAL` launch type.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere-support',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-anywhere-managed-instances-gpu',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A company wants to run GPU-based inference containers on Amazon ECS. The small platform team does not want to choose AMIs, patch hosts or manage an Auto Scaling group. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Run the tasks on AWS Fargate and set the `gpu` parameter in the task definition.',
        correct: false,
        explanation:
          'Fargate task definitions reject the `gpu` parameter; AWS closed the Fargate GPU roadmap request in December 2025 and pointed to Managed Instances instead.',
      },
      {
        text: 'Run the tasks on the EC2 launch type with an Auto Scaling group of GPU instances and an ECS GPU-optimized AMI.',
        correct: false,
        explanation:
          'This supports GPUs, but the team would patch the instances, manage AMIs and run the Auto Scaling group, which it wants to avoid.',
      },
      {
        text: 'Run the tasks on an ECS Managed Instances capacity provider that requests GPU instances.',
        correct: true,
        explanation:
          'Managed Instances let you ask for GPU attributes, and AWS provisions, scales and patches the EC2 instances, so the team manages no hosts.',
      },
      {
        text: 'Run the tasks on Fargate Spot, which offers GPU capacity at a discount.',
        correct: false,
        explanation:
          'Fargate Spot is the same Fargate platform on spare capacity, and Fargate has no GPUs.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#when-to-pick-managed-instances',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
] as const satisfies readonly Question[];
