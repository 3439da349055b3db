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
        explanation: 'Fargate ephemeral storage can be raised to at most 200 GiB, and it can’t be created from an EBS snapshot.',
      },
      {
        text: 'Move the job to the EC2 launch type, because Fargate tasks can mount only Amazon EFS.',
        correct: false,
        explanation: 'That is outdated for ECS: since January 2024 ECS tasks on Fargate can attach an EBS volume.',
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
        explanation: 'Ephemeral storage belongs to a single task and is lost when the task stops.',
      },
      {
        text: 'A bind mount shared by the containers of the service.',
        correct: false,
        explanation: 'A bind mount shares files only between containers in the same task, and its data goes away with the task.',
      },
    ],
    learnMore: '/docs/ecs/storage/#efs',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
  },
  {
    id: 'q-storage-efs-access-point-iam',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'Two Amazon ECS services on AWS Fargate, billing and reporting, share one Amazon EFS file system to save cost. An audit requires that each service sees only its own directory tree, that files are written as a fixed POSIX user per service, that only each service’s own IAM identity can mount its part, and that data is encrypted on the network. Which configuration meets all of these requirements with the least operational effort?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Create one EFS access point per service with its own root directory and POSIX user, and in each task definition reference that access point with `iam` set to `ENABLED` and `transitEncryption` set to `ENABLED`; allow each task role in the file system policy.',
        correct: true,
        explanation:
          'Access points pin the directory and user identity, IAM authorization mounts with the task role so the file system policy can tell the services apart, and transit encryption is required for both features.',
      },
      {
        text: 'Give each service its own `rootDirectory` in `efsVolumeConfiguration` and restrict the mount target security groups per service.',
        correct: false,
        explanation:
          'A root directory set by the client can be changed by anyone who edits the task definition, it forces no POSIX user, and security groups can’t tell two services in the same subnets apart by identity.',
      },
      {
        text: 'Create a separate EFS file system for each service and turn on encryption at rest.',
        correct: false,
        explanation:
          'Separate file systems add cost and management, and encryption at rest does nothing for data on the network or for which identity mounts it.',
      },
      {
        text: 'Turn on IAM authorization with the task execution role and leave transit encryption off to avoid TLS overhead.',
        correct: false,
        explanation: 'EFS IAM authorization uses the task role, not the execution role, and it can’t be used without transit encryption.',
      },
    ],
    learnMore: '/docs/ecs/storage/#efs-access-points',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_EFSAuthorizationConfig.html',
  },
  {
    id: 'q-storage-fargate-ephemeral-cmk',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'A bank runs batch jobs as Amazon ECS tasks on AWS Fargate (Linux, platform version 1.4.0). The jobs write temporary files to the task’s ephemeral storage. A new policy says all data at rest must be encrypted with keys the bank manages and can revoke, and the platform team wants to stay on Fargate without code changes. What should the team do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Nothing can be done on Fargate; move the jobs to EC2 instances whose EBS volumes use a customer managed key.',
        correct: false,
        explanation: 'Out of date: Fargate ephemeral storage can be encrypted with a customer managed key set on the cluster.',
      },
      {
        text: 'Set a single-Region customer managed KMS key as the cluster’s Fargate ephemeral storage key and allow Fargate to use it in the key policy.',
        correct: true,
        explanation:
          'With `fargateEphemeralStorageKmsKeyId` in the cluster’s managed storage configuration, Fargate encrypts the tasks’ ephemeral storage with that key, and revoking the key is under the bank’s control.',
      },
      {
        text: 'Add a `kmsKeyId` to the `ephemeralStorage` block of each task definition.',
        correct: false,
        explanation: 'The task definition sets only the size of ephemeral storage; the key is configured on the cluster.',
      },
      {
        text: 'Reference the key by its alias, using a multi-Region key so that the disaster recovery Region can read the files.',
        correct: false,
        explanation:
          'Fargate ephemeral storage accepts neither multi-Region keys nor key aliases, and the data does not outlive the task anyway.',
      },
    ],
    learnMore: '/docs/ecs/storage/#fargate-ephemeral-kms',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-create-storage-key.html',
  },
  {
    id: 'q-storage-ebs-fargate-iops-by-vcpu',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'A database migration tool runs as an Amazon ECS task on AWS Fargate with 2 vCPU and an attached ECS-managed `io2` volume provisioned for 10,000 IOPS. Monitoring shows the task never gets much more than 3,000 IOPS. CPU use is low. What is the most likely fix?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Raise the provisioned IOPS of the `io2` volume to 20,000.',
        correct: false,
        explanation: 'The volume is not the bottleneck: the baseline EBS performance a Fargate task gets is capped by its vCPU size.',
      },
      {
        text: 'Switch the volume to `gp3` and provision more throughput on it.',
        correct: false,
        explanation:
          'The cap comes from the task size, so a different volume type or more provisioned throughput would hit the same limit.',
      },
      {
        text: 'Increase the task size to 8 vCPU, which raises the baseline to 10,000 IOPS.',
        correct: true,
        explanation:
          'On Fargate the baseline IOPS and throughput of an attached EBS volume grow with task vCPU: about 3,000 IOPS at 2 vCPU and 10,000 at 8 vCPU.',
      },
      {
        text: 'Move the data to the task’s ephemeral storage, which is not subject to EBS limits.',
        correct: false,
        explanation: 'The task’s ephemeral storage shares the same EBS performance limit as the attached volume.',
      },
    ],
    learnMore: '/docs/ecs/storage/#ebs-fargate-performance',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-fargate-performance-limits.html',
  },
] as const satisfies readonly Question[];
