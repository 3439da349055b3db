import type { Question } from './types';

/** Practice questions shown on /docs/ecs/security-operations/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-secops-task-vs-execution-role',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'A company runs an orders API on Amazon ECS with AWS Fargate. The image is in a private Amazon ECR repository, logs go to CloudWatch Logs through the `awslogs` driver, and the application code reads objects from one Amazon S3 bucket. Which IAM design follows the principle of least privilege?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'One role, set as both the task role and the task execution role, with ECR pull, CloudWatch Logs write and S3 read permissions.',
        correct: false,
        explanation:
          'A shared role gives the application code the ECR and logging permissions it never uses, and gives ECS the S3 access it doesn’t need.',
      },
      {
        text: 'A task execution role with ECR pull and CloudWatch Logs write permissions, and a task role with read access to the one S3 bucket.',
        correct: true,
        explanation:
          'Fargate uses the execution role to pull the private image and ship `awslogs` output, while the application code uses the task role, so each role holds only what its caller needs.',
      },
      {
        text: 'A task execution role with ECR pull, CloudWatch Logs write and S3 read permissions, and no task role.',
        correct: false,
        explanation:
          'The execution role is used by ECS and Fargate while setting up the task, not by the application, so the code would have no credentials for S3.',
      },
      {
        text: 'A container instance role with S3 read permissions, and a task execution role with ECR pull and CloudWatch Logs write permissions.',
        correct: false,
        explanation:
          'Fargate has no container instances, so there is no container instance role, and such a role would be shared by every task on a host anyway.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#task-role-vs-execution-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
  },
  {
    id: 'q-secops-ecs-exec-fargate-shell',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'Developers need to open an interactive shell in a running Amazon ECS container on AWS Fargate to debug a production issue. The security team forbids SSH, open inbound ports and bastion hosts. Which solution meets these requirements?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install an SSH server in the image, open port 22 in the task’s security group, and connect through a bastion host.',
        correct: false,
        explanation: 'This uses SSH, an open inbound port and a bastion, all of which the security team forbids.',
      },
      {
        text: 'Turn on ECS Exec with `--enable-execute-command`, and add the `ssmmessages` permissions to the task execution role.',
        correct: false,
        explanation:
          'The `ssmmessages` permissions belong on the task role; the execution role covers only start-up work such as image pulls, `awslogs` and secrets.',
      },
      {
        text: 'Connect to the underlying Fargate host with AWS Systems Manager Session Manager and run `docker exec`.',
        correct: false,
        explanation: 'Fargate exposes no host to customers; each task has its own isolation boundary, so there is nothing to log in to.',
      },
      {
        text: 'Turn on ECS Exec with `--enable-execute-command`, add the `ssmmessages` permissions to the task role, and run `aws ecs execute-command` with the Session Manager plugin.',
        correct: true,
        explanation:
          'ECS Exec goes through Systems Manager Session Manager, so it needs no SSH, open port or bastion, only the task role permissions and the client plugin.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#ecs-exec',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
  },
  {
    id: 'q-secops-infrastructure-role-ebs',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'An Amazon ECS service on AWS Fargate is updated so that each task gets its own managed Amazon EBS volume, configured at deployment. The new tasks fail because ECS is not allowed to create and attach the volumes. The task role and the task execution role already have the permissions the application and the image pull need. Which role must be supplied with the volume configuration?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The task role, with `ec2:CreateVolume` and `ec2:AttachVolume` added.',
        correct: false,
        explanation: 'The task role is for calls made by the application code; ECS does not use it to create volumes.',
      },
      {
        text: 'The task execution role, with the `AmazonEC2FullAccess` policy attached.',
        correct: false,
        explanation: 'The execution role covers image pulls, logs and secrets, and full EC2 access would break least privilege anyway.',
      },
      {
        text: 'The ECS infrastructure role, with the AWS managed infrastructure policy for volumes attached.',
        correct: true,
        explanation:
          'The `roleArn` of a managed EBS volume configuration is the ECS infrastructure role, which lets ECS create and manage AWS resources for you; AWS recommends that managed policy for it.',
      },
      {
        text: 'The container instance role, with EBS permissions added.',
        correct: false,
        explanation: 'Fargate has no container instances, so there is no container instance role to use.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#infrastructure-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html',
  },
  {
    id: 'q-secops-multi-tenant-isolation',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'A SaaS provider runs short data-conversion jobs that execute code uploaded by its customers. A security review requires that one customer’s job never shares a kernel, memory or network interface with another customer’s job. Demand is spiky and unpredictable, and the team of three does not want to patch or scale servers. Which design meets these requirements most cost-effectively?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run each job as an ECS task on an EC2 Auto Scaling group with the `distinctInstance` placement constraint.',
        correct: false,
        explanation:
          'One task per instance gives isolation, but the team would patch and scale the instances and pay for idle ones between spikes.',
      },
      {
        text: 'Run each job as an Amazon ECS task on AWS Fargate.',
        correct: true,
        explanation:
          'Fargate runs every task in its own isolated virtual environment with its own kernel, memory and ENI, scales per task and bills only while the task runs, with no servers to manage.',
      },
      {
        text: 'Run the jobs on ECS Managed Instances with the default capacity provider settings.',
        correct: false,
        explanation:
          'By default Managed Instances packs several tasks onto one instance, so jobs from different customers could share a host.',
      },
      {
        text: 'Run all customers’ jobs as containers in one ECS task per hour, one container per customer.',
        correct: false,
        explanation:
          'Containers in the same task share the host, the ephemeral storage and the network namespace, the opposite of the requirement.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#fargate-isolation',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html',
  },
  {
    id: 'q-secops-per-service-permissions-ec2',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'Five microservices share one Amazon ECS cluster on EC2 instances. Today the instance profile allows read and write on all five services’ S3 buckets, and an audit found that a compromised container could reach every bucket. The company wants each service limited to its own bucket without splitting the cluster, which would raise cost. What should a solutions architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Give each service’s task definition its own task role scoped to that service’s bucket, and remove the S3 permissions from the instance profile.',
        correct: true,
        explanation:
          'Task roles give credentials per task, so one service can’t use another’s permissions, and the shared instance role no longer opens every bucket.',
      },
      {
        text: 'Create one ECS cluster and Auto Scaling group per microservice, each with its own instance profile.',
        correct: false,
        explanation: 'This separates permissions, but it multiplies instances and operations, which the company wants to avoid.',
      },
      {
        text: 'Keep the instance profile and add bucket policies that allow access only from the cluster’s VPC endpoint.',
        correct: false,
        explanation: 'Every task still uses the same instance credentials through the same endpoint, so services are not separated.',
      },
      {
        text: 'Store a separate IAM user access key per service in Secrets Manager and inject it into each container.',
        correct: false,
        explanation:
          'Long-term access keys add rotation work and risk; task roles give temporary credentials per task for the same purpose.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#task-role-vs-execution-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html',
  },
] as const satisfies readonly Question[];
