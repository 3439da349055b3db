import type { Question } from './types';

/** Practice questions shown on /docs/compute-options/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-compute-lowest-overhead-fargate',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A startup is containerising a chat server that holds WebSocket connections open for hours and must run around the clock behind an Application Load Balancer. The three-person team has no Kubernetes experience and wants the lowest operational overhead, with no servers, operating systems or cluster capacity to look after. Which solution should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Run the server as an Amazon ECS service on AWS Fargate.',
        correct: true,
        explanation:
          'Fargate runs each task without servers for the team to manage, and the ECS service keeps the desired tasks running behind the ALB for as long as needed.',
      },
      {
        text: 'Package the server as a container image and run it on AWS Lambda.',
        correct: false,
        explanation:
          'Lambda does accept container images, but it runs them as functions with a timeout of 15 minutes on its default compute, so it can’t host a process that holds connections for hours.',
      },
      {
        text: 'Run the server on Amazon ECS with the EC2 launch type and an Auto Scaling group capacity provider.',
        correct: false,
        explanation:
          'With the EC2 launch type the team patches instances, maintains AMIs and scales the Auto Scaling group, which is the work it wants to avoid.',
      },
      {
        text: 'Run the server on Amazon EKS with self-managed nodes.',
        correct: false,
        explanation:
          'EKS brings a per-cluster fee and Kubernetes skills the team lacks, and self-managed nodes are configured and updated by the team.',
      },
    ],
    learnMore: '/docs/compute-options/#fargate',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'q-compute-gpu-managed-instances',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A company serves a computer-vision model from containers on Amazon ECS and now needs NVIDIA GPUs for inference. The operations team does not want to choose AMIs, patch hosts or run Auto Scaling groups. Which compute option meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'AWS Fargate, with the `gpu` parameter set in the task definition.',
        correct: false,
        explanation: 'Fargate task definitions reject the `gpu` parameter; Fargate offers no GPUs on ECS or on EKS.',
      },
      {
        text: 'Amazon ECS Managed Instances, with accelerators in the capacity provider’s instance requirements.',
        correct: true,
        explanation:
          'Managed Instances runs tasks on EC2 instances that AWS provisions, scales and patches, and lets you ask for accelerators among the instance attributes.',
      },
      {
        text: 'The EC2 launch type, with GPU instances in an Auto Scaling group capacity provider.',
        correct: false,
        explanation:
          'This does run GPU tasks, but the team would pick and patch the AMIs and operate the Auto Scaling group, which the requirements rule out.',
      },
      {
        text: 'AWS Fargate at the largest task size, 16 vCPU with 120 GB of memory.',
        correct: false,
        explanation: 'A bigger Fargate task adds CPU and memory, not accelerators; no Fargate task size comes with a GPU.',
      },
    ],
    learnMore: '/docs/compute-options/#gpu',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  {
    id: 'q-compute-fargate-platform-version-size',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A team runs a Linux ECS service on AWS Fargate with the platform version pinned to 1.3.0 for an old compatibility reason. It changes the task definition to 8 vCPU and 32 GB of memory, and the service can no longer start tasks. What lets the service run at the new size on Fargate?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Move the service to platform version 1.4.0 or later.',
        correct: true,
        explanation:
          'The 8 and 16 vCPU Fargate sizes require Linux platform version 1.4.0 or later; on 1.3.0 the largest sizes are not available.',
      },
      {
        text: 'Request a Fargate service quota increase for task size.',
        correct: false,
        explanation: 'Task sizes are a fixed set of CPU and memory pairs tied to the platform version, not an adjustable quota.',
      },
      {
        text: 'Switch the task definition to a Windows operating system family.',
        correct: false,
        explanation: 'Windows tasks on Fargate run at 1, 2 or 4 vCPU, so Windows would make the task smaller, not larger.',
      },
      {
        text: 'Run the tasks on the `FARGATE_SPOT` capacity provider, which offers larger sizes.',
        correct: false,
        explanation: 'Fargate Spot changes the price and the interruption risk, not the task sizes or their platform requirements.',
      },
    ],
    learnMore: '/docs/compute-options/#fargate-task-sizes',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
  },
  {
    id: 'q-compute-windows-serverless',
    page: '/docs/compute-options/',
    service: 'both',
    scenario:
      'A company must containerise a .NET Framework web application that needs a Windows Server base image. It wants no servers to patch and already has an Amazon EKS cluster for its Linux workloads. Where should the Windows containers run?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'In the existing EKS cluster, on a Fargate profile for the application’s namespace.',
        correct: false,
        explanation: 'Windows on Fargate is available for Amazon ECS only; EKS on Fargate runs no Windows pods.',
      },
      {
        text: 'On AWS Lambda, packaged as a container image.',
        correct: false,
        explanation:
          'Lambda accepts Linux-based container images only, and a web application that serves traffic continuously is a poor fit for functions anyway.',
      },
      {
        text: 'On Amazon ECS with AWS Fargate, using a Windows task definition.',
        correct: true,
        explanation:
          'ECS on Fargate runs Windows containers at 1, 2 or 4 vCPU per task without servers to patch, while the Linux workloads can stay on EKS.',
      },
      {
        text: 'On ECS Managed Instances, so that AWS patches the Windows hosts.',
        correct: false,
        explanation: 'ECS Managed Instances runs Linux containers, so it can’t host a Windows Server image.',
      },
    ],
    learnMore: '/docs/compute-options/#fargate-ecs-vs-eks',
    source: 'https://aws.amazon.com/fargate/pricing/',
  },
  {
    id: 'q-compute-managed-instances-density',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A company runs 400 small, steady ECS services on AWS Fargate, most at 0.25 vCPU, and pays for each task separately. To cut compute cost it will accept several tasks sharing a host, but it does not want to build AMIs, patch instances or run Auto Scaling groups, and production traffic must not be interrupted by capacity reclaims. Which option best balances cost, operational effort and resilience?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Move every service to Fargate Spot.',
        correct: false,
        explanation:
          'Fargate Spot is cheaper, but AWS can reclaim the capacity with a two-minute warning, which the requirement for uninterrupted production traffic rules out.',
      },
      {
        text: 'Move the services to ECS Managed Instances with On-Demand capacity, letting AWS place several tasks on each instance.',
        correct: true,
        explanation:
          'Managed Instances bin-packs multiple small tasks onto larger instances by default and AWS provisions, scales and patches them, so density rises without adding host work; you pay for the instance plus a management fee.',
      },
      {
        text: 'Move the services to the EC2 launch type with an Auto Scaling group capacity provider and the `binpack` strategy.',
        correct: false,
        explanation:
          'This also packs tasks densely, but the team would own the AMIs, patching and Auto Scaling group, which it explicitly wants to avoid.',
      },
      {
        text: 'Move the services to an Amazon EKS cluster with EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode manages nodes for Kubernetes, but the move would mean rewriting 400 services as Kubernetes manifests and paying a cluster fee for no stated need.',
      },
    ],
    learnMore: '/docs/compute-options/#managed-instances',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/migrate-fargate-to-managed-instances.html',
  },
] as const satisfies readonly Question[];
