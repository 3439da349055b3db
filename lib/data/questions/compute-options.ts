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
          'Fargate is serverless compute for containers: the team sizes each task and AWS runs everything underneath, while the ECS service keeps the desired tasks running behind the ALB.',
      },
      {
        text: 'Package the server as a container image and run it on AWS Lambda.',
        correct: false,
        explanation:
          'Lambda does accept container images, but it runs them as functions that stop after at most 15 minutes, so it can’t host a process that holds connections for hours.',
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
    learnMore: '/docs/compute-options/#fargate-vs-lambda',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'q-compute-ebs-on-fargate',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A company runs a report builder as Amazon ECS tasks on AWS Fargate. Each task must start with about 500 GiB of reference data restored from an Amazon EBS snapshot and needs block storage; the data can be thrown away when the task stops. The team wants to stay on Fargate. What should a solutions architect do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Set `ephemeralStorage` to 500 GiB in the task definition and copy the data in at start-up.',
        correct: false,
        explanation:
          'Fargate ephemeral storage can be raised only as far as 200 GiB, so a 500 GiB request is not possible.',
      },
      {
        text: 'Move the tasks to the EC2 launch type, because Fargate tasks can use only Amazon EFS for persistent storage.',
        correct: false,
        explanation:
          'The EFS-only rule stopped being true for ECS in January 2024, and the EC2 launch type would add the host management the team wants to avoid.',
      },
      {
        text: 'Mount an Amazon EFS file system and copy the snapshot’s contents into it before each run.',
        correct: false,
        explanation:
          'EFS works on Fargate, but it is a shared file system rather than block storage and can’t be created from an EBS snapshot, so the team would have to build its own copy step.',
      },
      {
        text: 'Declare a volume with `configuredAtLaunch` in the task definition and pass an EBS `volumeConfigurations` entry with the snapshot ID when the service launches tasks.',
        correct: true,
        explanation:
          'Since January 2024 ECS can attach one managed EBS volume to each Fargate task, optionally created from a snapshot; `deleteOnTermination` defaults to true, which suits data that is discarded afterwards.',
      },
    ],
    learnMore: '/docs/compute-options/#ebs-on-fargate',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
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
        explanation:
          'Fargate rejects the `gpu` parameter and offers no GPUs on ECS or EKS; AWS closed the Fargate GPU roadmap request in December 2025 without adding them.',
      },
      {
        text: 'Amazon ECS Managed Instances, with a GPU attribute on the capacity provider.',
        correct: true,
        explanation:
          'Managed Instances (September 2025) runs tasks on EC2 instances that AWS provisions, scales and patches, and lets you request GPUs as an attribute; AWS pointed to it as the way to get GPUs on fully managed ECS compute.',
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
        explanation:
          'A bigger Fargate task adds CPU and memory, not accelerators; no Fargate task size comes with a GPU.',
      },
    ],
    learnMore: '/docs/compute-options/#gpu',
    source: 'https://github.com/aws/containers-roadmap/issues/88',
  },
] as const satisfies readonly Question[];
