import type { Question } from './types';

/** Practice questions shown on /docs/ecs/quotas/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-quotas-ten-containers-hard-limit',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'An Amazon ECS task definition already holds an application container and eight sidecars. The platform team now wants to add a service mesh proxy and a security scanner to the same task, and `RegisterTaskDefinition` rejects the new revision. The team wants the scanner to keep watching this application. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Open a Service Quotas request to raise the containers-per-task-definition limit to 12.',
        correct: false,
        explanation: 'Ten containers per task definition is a fixed quota that AWS does not raise, so the request can’t succeed.',
      },
      {
        text: 'Register the new revision with the Fargate launch type, whose tasks accept more containers.',
        correct: false,
        explanation: 'The 10-container limit belongs to the task definition itself, whatever the launch type or capacity provider.',
      },
      {
        text: 'Move some of the sidecars into a second task definition run as its own service, and connect the two over the network.',
        correct: true,
        explanation:
          'A task definition holds at most 10 containers. Splitting the sidecars across task definitions is the way to run all eleven containers.',
      },
      {
        text: 'Register the extra containers in a new cluster, because the limit counts the containers of each cluster.',
        correct: false,
        explanation: 'The quota is per task definition, not per cluster, so a new cluster changes nothing.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#containers-per-task-definition',
    source: 'https://docs.aws.amazon.com/general/latest/gr/ecs-service.html',
  },
  {
    id: 'q-quotas-fargate-shared-with-eks',
    page: '/docs/ecs/quotas/',
    service: 'both',
    scenario:
      'In one AWS account and Region, a data team moves a large Spark workload to Amazon EKS pods on AWS Fargate. The next day, an unrelated Amazon ECS service on Fargate fails to start new tasks with an error that the account has reached the number of vCPUs it can run at once, although the ECS service’s task count is unchanged. The company wants both workloads to keep running in this account. What should a solutions architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Request an increase of the Fargate concurrent task quota for Amazon ECS, which is separate from the pod quota of Amazon EKS.',
        correct: false,
        explanation:
          'Fargate has not used task-count quotas since 2022, and ECS tasks and EKS pods on Fargate count against one shared quota rather than separate ones.',
      },
      {
        text: 'Request an increase of the Fargate On-Demand vCPU resource count quota for the Region, sized for both workloads together.',
        correct: true,
        explanation:
          'Fargate quotas are counted in vCPUs per account and Region, and ECS tasks and EKS pods on Fargate draw from the same On-Demand quota, so the quota has to cover both.',
      },
      {
        text: 'Move the ECS service to a new ECS cluster so that it gets its own Fargate quota.',
        correct: false,
        explanation: 'Fargate quotas apply to the account and Region, not to a cluster, so a new cluster draws from the same quota.',
      },
      {
        text: 'Request an increase of the Amazon ECS quota for tasks per service.',
        correct: false,
        explanation: 'The task count of the service did not change; the error is about vCPUs running across the whole account.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#fargate-quotas',
    source: 'https://aws.amazon.com/blogs/containers/migrating-fargate-service-quotas-to-vcpu-based-quotas/',
  },
  {
    id: 'q-quotas-fargate-spot-vcpu-separate',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A research team moves its Amazon ECS batch tasks from `FARGATE` to the `FARGATE_SPOT` capacity provider. After the change, new tasks fail to launch with a vCPU limit error, even though the account’s regular Fargate usage is well below its limit. Which quota should the team look at?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Fargate Spot vCPU resource count.',
        correct: true,
        explanation:
          'Fargate Spot has its own vCPU quota per account and Region, separate from the On-Demand one, so headroom on regular Fargate does not help Spot tasks.',
      },
      {
        text: 'Fargate On-Demand vCPU resource count.',
        correct: false,
        explanation: 'That quota covers regular Fargate tasks; the team’s usage there is low and the failing tasks run on Spot.',
      },
      {
        text: 'Capacity providers per cluster.',
        correct: false,
        explanation: 'That quota limits how many providers a cluster can have, not how many vCPUs their tasks use.',
      },
      {
        text: 'Containers per task definition.',
        correct: false,
        explanation: 'That limit is checked when a task definition is registered, not when tasks launch.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#fargate-quotas',
    source: 'https://aws.amazon.com/blogs/containers/migrating-fargate-service-quotas-to-vcpu-based-quotas/',
  },
  {
    id: 'q-quotas-runtask-burst',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A trading firm launches 600 short Amazon ECS tasks on AWS Fargate at market close by calling `RunTask` once per task in a tight loop. Many calls fail with throttling errors, and the batch finishes late. The vCPU quota has ample room. How should the firm change the launcher to start the batch as quickly as Fargate allows, with the least new infrastructure?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Ask AWS Support to raise the Fargate On-Demand vCPU resource count quota.',
        correct: false,
        explanation:
          'The vCPU quota already has room; the errors come from launch-rate throttling, which a higher vCPU quota does not change.',
      },
      {
        text: 'Spread the calls across three ECS clusters in the same Region.',
        correct: false,
        explanation: 'Fargate paces launches per account and Region, so more clusters don’t raise the rate.',
      },
      {
        text: 'Launch the tasks from an AWS Lambda function per task so that the calls come from many sources.',
        correct: false,
        explanation: 'Throttling applies to the account whatever the caller, so more callers only add failed requests.',
      },
      {
        text: 'Ask for up to 10 tasks in each `RunTask` call, and retry throttled calls with exponential backoff.',
        correct: true,
        explanation:
          'Each `RunTask` call can start up to 10 tasks, and Fargate allows a burst of about 100 launches and then 20 per second, so fewer, larger calls with backoff reach the ceiling without wasted requests.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#fargate-quotas',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/throttling.html',
  },
  {
    id: 'q-quotas-container-instances-per-cluster',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A mapping company plans to move a rendering fleet of about 7,000 EC2 instances into Amazon ECS as container instances. Which design fits the Amazon ECS quotas?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Register all 7,000 instances in one cluster, because the number of container instances per cluster is unlimited.',
        correct: false,
        explanation: 'A cluster holds up to 5,000 container instances, so one cluster can’t take the whole fleet.',
      },
      {
        text: 'Split the fleet across at least two ECS clusters.',
        correct: true,
        explanation:
          'ECS registers up to 5,000 EC2 container instances per cluster, and an account can have thousands of clusters, so the fleet fits in two or more clusters.',
      },
      {
        text: 'Move the fleet to AWS Fargate, which has no account-level limits.',
        correct: false,
        explanation:
          'Fargate has its own vCPU quotas per account and Region, and a fleet of this size would need large quota increases too.',
      },
      {
        text: 'Use one cluster with 20 Auto Scaling group capacity providers, each holding up to 5,000 instances.',
        correct: false,
        explanation: 'The 5,000 limit counts every container instance in the cluster, whichever capacity provider launched it.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#services-and-tasks',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/operating-at-scale-service-quotas.html',
  },
  {
    id: 'q-quotas-task-larger-than-fargate',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A genomics company has a single-container Linux job that needs 32 vCPU and 200 GB of memory in one task. The company uses Amazon ECS and wants the least operational overhead, without patching hosts itself. Where should it run the task?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'On AWS Fargate with the largest task size and Linux platform version 1.4.0.',
        correct: false,
        explanation: 'The largest Fargate task is 16 vCPU and 120 GB, which is below what the job needs.',
      },
      {
        text: 'On the EC2 launch type with a self-managed Auto Scaling group of large instances.',
        correct: false,
        explanation:
          'EC2 tasks can be large enough, since task CPU on EC2 goes up to 192 vCPU, but the company would have to patch the instances and manage AMIs, which it wants to avoid.',
      },
      {
        text: 'On AWS Fargate using a Windows task, which allows larger sizes.',
        correct: false,
        explanation: 'Windows tasks on Fargate are smaller, not larger: they come in 1, 2 and 4 vCPU sizes.',
      },
      {
        text: 'On an ECS Managed Instances capacity provider that selects a large enough EC2 instance type.',
        correct: true,
        explanation:
          'Managed Instances offer the full range of EC2 instance types, beyond Fargate’s limit, while AWS provisions, scales and patches the hosts.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#task-size-limits',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
  },
] as const satisfies readonly Question[];
