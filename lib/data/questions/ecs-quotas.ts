import type { Question } from './types';

/** Practice questions shown on /docs/ecs/quotas/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-quotas-ten-containers-hard-limit',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A team is designing an Amazon ECS task definition that needs 12 containers: the application plus 11 sidecars for proxies, log routing and agents. Registering the task definition fails. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Request an increase of the containers-per-task-definition quota in the Service Quotas console.',
        correct: false,
        explanation:
          'The limit of 10 containers per task definition is a hard quota that AWS does not raise.',
      },
      {
        text: 'Split the containers across two or more task definitions, run them as separate services, and connect them over the network.',
        correct: true,
        explanation:
          'Because 10 containers per task definition can’t be increased, the workload has to be divided into several task definitions.',
      },
      {
        text: 'Switch the task definition to AWS Fargate, which allows more containers per task.',
        correct: false,
        explanation:
          'The 10-container limit applies to the task definition whatever the launch type, so Fargate has the same ceiling.',
      },
      {
        text: 'Move the task to a new cluster, because the limit counts containers per cluster.',
        correct: false,
        explanation:
          'The quota is per task definition, not per cluster, so a new cluster changes nothing.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#containers-per-task-definition',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
  },
  {
    id: 'q-quotas-fargate-shared-with-eks',
    page: '/docs/ecs/quotas/',
    service: 'both',
    scenario:
      'In one AWS account and Region, a data team scales a large Amazon EKS workload on Fargate. Shortly after, a different team’s Amazon ECS services on Fargate start failing to launch new tasks, although their own task counts have not changed. What is the most likely cause?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'EKS pods on Fargate and ECS tasks on Fargate count against the same Fargate concurrent-task quota, which the EKS workload has used up.',
        correct: true,
        explanation:
          'Fargate concurrent-task quotas are per account and Region and are shared between ECS tasks and EKS pods, so the fix is a quota increase or separating the workloads.',
      },
      {
        text: 'The ECS services reached the limit of 10 containers per task definition.',
        correct: false,
        explanation:
          'That limit applies when a task definition is registered and doesn’t change with the number of running tasks.',
      },
      {
        text: 'The ECS cluster reached its limit of 5,000 EC2 container instances.',
        correct: false,
        explanation:
          'Fargate tasks don’t run on container instances you register, so that quota doesn’t apply here.',
      },
      {
        text: 'The ECS cluster reached its limit of 20 capacity providers.',
        correct: false,
        explanation:
          'The capacity provider quota limits how many providers a cluster can have, not how many tasks they launch, and nothing about the ECS cluster changed.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#fargate-quotas',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
  },
  {
    id: 'q-quotas-task-larger-than-fargate',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A genomics company has a single-container Linux job that needs 32 vCPU and 200 GB of memory in one task. The company uses Amazon ECS and wants the least operational overhead, without patching hosts itself. Where should it run the task?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'On AWS Fargate with the largest task size and Linux platform version 1.4.0.',
        correct: false,
        explanation:
          'The largest Fargate task is 16 vCPU and 120 GB, which is below what the job needs.',
      },
      {
        text: 'On the EC2 launch type with a self-managed Auto Scaling group of large instances.',
        correct: false,
        explanation:
          'EC2 tasks can be large enough, but the company would have to patch the instances and manage AMIs, which it wants to avoid.',
      },
      {
        text: 'On AWS Fargate using a Windows task, which allows larger sizes.',
        correct: false,
        explanation:
          'Windows tasks on Fargate are limited to 1 to 4 vCPU, so they are smaller, not larger.',
      },
      {
        text: 'On an ECS Managed Instances capacity provider that selects a large enough EC2 instance type.',
        correct: true,
        explanation:
          'Managed Instances offer EC2 instance sizes beyond Fargate’s limit, while AWS provisions, scales and patches the hosts.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#task-size-limits',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
  },
] as const satisfies readonly Question[];
