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
          'ECS uses the execution role to pull the private image and ship `awslogs` output, while the application code uses the task role, so each role holds only what its caller needs.',
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
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html',
  },
  {
    id: 'q-secops-secrets-manager-injection',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'A healthcare company runs an application on Amazon ECS with AWS Fargate that needs a database password as an environment variable. Security policy says the password must not appear in the container image or as plain text in the task definition, and it must be stored in AWS Secrets Manager. Which two steps meet these requirements? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Add the password to the `environment` list of the container definition and encrypt the task definition with AWS KMS.',
        correct: false,
        explanation:
          'Values in `environment` are stored as plain text in the task definition, which the policy forbids.',
      },
      {
        text: 'Grant the task role `secretsmanager:GetSecretValue` on the secret and leave the execution role unchanged.',
        correct: false,
        explanation:
          'ECS resolves `secrets` entries before the application starts, using the task execution role, so a permission on the task role does not make the injection work.',
      },
      {
        text: 'Reference the secret in the container definition’s `secrets` field, with the variable name in `name` and the secret ARN in `valueFrom`.',
        correct: true,
        explanation:
          'The `secrets` field injects the value as an environment variable at start-up, so only the ARN appears in the task definition.',
      },
      {
        text: 'Grant the task execution role permission to read that specific secret.',
        correct: true,
        explanation:
          'ECS fetches the secret with the task execution role when the task starts; scoping it to one secret keeps least privilege.',
      },
      {
        text: 'Copy the password into the image at build time from AWS Secrets Manager in AWS CodeBuild.',
        correct: false,
        explanation:
          'This puts the secret inside the image, which the policy explicitly rules out.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#secrets-injection',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
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
        explanation:
          'This uses SSH, an open inbound port and a bastion, all of which the security team forbids.',
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
        explanation:
          'Fargate exposes no host to customers; each task has its own isolation boundary, so there is nothing to log in to.',
      },
      {
        text: 'Turn on ECS Exec with `--enable-execute-command`, add the `ssmmessages` permissions to the task role, and run `aws ecs execute-command` with the Session Manager plugin.',
        correct: true,
        explanation:
          'ECS Exec goes through Systems Manager Session Manager, so it needs no SSH, open port or bastion, only the task role permissions and the client plugin.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#ecs-exec',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec-run.html',
  },
] as const satisfies readonly Question[];
