import type { Question } from './types';

/** Practice questions shown on /docs/ecs/storage/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-storage-ebs-on-fargate-from-snapshot',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'An analytics company runs a nightly job as Amazon ECS tasks on AWS Fargate. Each task needs its own 500 GiB block volume, restored from an EBS snapshot of reference data, and no other task reads that volume. The company wants to stay on Fargate. Which solution meets these requirements?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Set `ephemeralStorage` to 500 GiB in the task definition and copy the reference data in at start-up.',
        correct: false,
        explanation:
          'Fargate ephemeral storage can be raised to at most 200 GiB, and it can’t be created from an EBS snapshot.',
      },
      {
        text: 'Move the job to the EC2 launch type, because Fargate tasks can mount only Amazon EFS.',
        correct: false,
        explanation:
          'That is outdated for ECS: since January 2024 ECS tasks on Fargate can attach an EBS volume.',
      },
      {
        text: 'Mark a volume with `configuredAtLaunch` in the task definition and supply an ECS-managed EBS volume created from the snapshot in `volumeConfigurations` at launch.',
        correct: true,
        explanation:
          'ECS attaches one managed EBS volume per Fargate task, configured at run or deploy time, and the volume can be created from a snapshot.',
      },
      {
        text: 'Mount one Amazon EFS file system in every task and restore the EBS snapshot into it.',
        correct: false,
        explanation:
          'EFS is a shared file system, not a block volume, and it can’t be created from an EBS snapshot; the tasks don’t need to share data anyway.',
      },
    ],
    learnMore: '/docs/ecs/storage/#ebs-on-fargate',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
  },
  {
    id: 'q-storage-efs-shared-persistent',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'A publishing company runs a content management system as an Amazon ECS service on AWS Fargate with tasks in two Availability Zones. Every task must read and write the same uploaded files, and the files must remain after all tasks are replaced during a deployment. Which storage option should the company use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An Amazon EFS file system mounted by every task.',
        correct: true,
        explanation:
          'EFS can be mounted by many tasks at once and keeps its data after the tasks stop. It works on Fargate with Linux platform version 1.4.0 or later.',
      },
      {
        text: 'An ECS-managed Amazon EBS volume attached to the service.',
        correct: false,
        explanation:
          'An ECS-managed EBS volume belongs to one task and, by default, is deleted when that task stops, so tasks can’t share it.',
      },
      {
        text: 'Fargate ephemeral storage increased to 200 GiB.',
        correct: false,
        explanation:
          'Ephemeral storage belongs to a single task and is lost when the task stops.',
      },
      {
        text: 'A bind mount shared by the containers of the service.',
        correct: false,
        explanation:
          'A bind mount shares files only between containers in the same task, and its data goes away with the task.',
      },
    ],
    learnMore: '/docs/ecs/storage/#efs',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
  },
  {
    id: 'q-storage-ebs-ecs-vs-eks-fargate',
    page: '/docs/ecs/storage/',
    service: 'both',
    scenario:
      'A company runs one stateful workload on Amazon ECS with AWS Fargate and another on Amazon EKS with Fargate profiles. Both need a dedicated block volume per replica. An older study guide says “Fargate supports only EFS.” Which statement is correct today?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The study guide is right for both services: Fargate tasks and pods can mount only Amazon EFS.',
        correct: false,
        explanation:
          'That has been outdated for ECS since January 2024, when ECS tasks on Fargate gained EBS volumes.',
      },
      {
        text: 'Both services can now attach Amazon EBS volumes to Fargate workloads.',
        correct: false,
        explanation:
          'EKS on Fargate still can’t mount EBS volumes to pods; only ECS gained EBS on Fargate.',
      },
      {
        text: 'EKS Fargate pods can use EBS through the EBS CSI driver, but ECS Fargate tasks are limited to EFS.',
        correct: false,
        explanation:
          'This reverses the facts: ECS tasks on Fargate can attach EBS, while EKS Fargate pods are limited to statically provisioned EFS.',
      },
      {
        text: 'ECS tasks on Fargate can attach an ECS-managed EBS volume, but EKS pods on Fargate can’t mount EBS, so the EKS workload needs EC2 nodes for block storage.',
        correct: true,
        explanation:
          'ECS added EBS on Fargate in January 2024, while EKS on Fargate still supports only EFS, so block storage on EKS means running the pods on EC2 nodes.',
      },
    ],
    learnMore: '/docs/ecs/storage/#eks-fargate-storage',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
] as const satisfies readonly Question[];
