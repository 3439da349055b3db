import type { Question } from './types';

/** Practice questions shown on /docs/core-concepts/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-concepts-secrets-execution-role',
    page: '/docs/core-concepts/',
    service: 'ECS',
    scenario:
      'A Fargate task definition injects a database password through its `secrets` field, which references an AWS Secrets Manager ARN. New tasks stop before the application starts, reporting that the secret could not be retrieved. The application code never calls Secrets Manager itself. Which change fixes the problem while following least privilege?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Grant `secretsmanager:GetSecretValue` on the secret to the task role.',
        correct: false,
        explanation:
          'The task role covers calls the application makes once it is running; ECS resolves `secrets` values before any code starts, so this puts the permission on the wrong role.',
      },
      {
        text: 'Grant `secretsmanager:GetSecretValue` on the secret to the container instance role.',
        correct: false,
        explanation:
          'Fargate tasks have no container instances; that role only registers EC2 or external hosts with a cluster.',
      },
      {
        text: 'Attach the `SecretsManagerReadWrite` managed policy to the task execution role.',
        correct: false,
        explanation:
          'The execution role is the right place, but a policy granting write access to every secret is far broader than reading this one secret, so it fails the least-privilege requirement.',
      },
      {
        text: 'Grant `secretsmanager:GetSecretValue` on that one secret to the task execution role.',
        correct: true,
        explanation:
          'ECS and Fargate use the execution role to pull images, send `awslogs` output and fetch the secrets named in the task definition, so a read permission scoped to this secret is exactly what is missing.',
      },
    ],
    learnMore: '/docs/core-concepts/#task-role-vs-execution-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html',
  },
  {
    id: 'q-concepts-daemon-service',
    page: '/docs/core-concepts/',
    service: 'ECS',
    scenario:
      'A team moving from Kubernetes to Amazon ECS used a DaemonSet to run a monitoring agent on every node. Its ECS cluster now uses an EC2 Auto Scaling group capacity provider whose instance count changes through the day. How should the team keep exactly one agent task on every container instance with the least ongoing effort?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create a service with the `REPLICA` strategy and set its desired count to the current number of instances.',
        correct: false,
        explanation:
          'A replica service doesn’t track the instance count, so someone must edit the desired count whenever the group scales, and nothing guarantees one task per instance.',
      },
      {
        text: 'Create a service with the `DAEMON` scheduling strategy on the EC2 capacity.',
        correct: true,
        explanation:
          'The `DAEMON` strategy is the ECS counterpart of a DaemonSet: ECS keeps one task on each active container instance, with no desired count to maintain as instances come and go.',
      },
      {
        text: 'Create a `DAEMON` service that uses the `CODE_DEPLOY` deployment controller for blue/green updates.',
        correct: false,
        explanation:
          'The `DAEMON` strategy can’t be combined with the `CODE_DEPLOY` or `EXTERNAL` deployment controllers, so this service can’t be created.',
      },
      {
        text: 'Create a `DAEMON` service on the `FARGATE` capacity provider so that the agent needs no hosts.',
        correct: false,
        explanation:
          'Fargate doesn’t support the `DAEMON` strategy; on Fargate an agent has to run as a sidecar container in each task.',
      },
    ],
    learnMore: '/docs/core-concepts/#daemon-service',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
  },
  {
    id: 'q-concepts-pod-identity-reuse',
    page: '/docs/core-concepts/',
    service: 'EKS',
    scenario:
      'A company runs 40 Amazon EKS clusters on Linux managed node groups and creates new clusters every month. A payments service in each cluster needs the same Amazon S3 permissions. The security team wants credentials scoped to that workload and does not want to edit the IAM role’s trust policy whenever a cluster is added. What should a solutions architect use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add the S3 permissions to the node group’s instance role.',
        correct: false,
        explanation:
          'Every pod scheduled on those nodes would inherit the instance role, so the permissions would not be limited to the payments service.',
      },
      {
        text: 'IAM roles for service accounts (IRSA), with an IAM OIDC provider for each cluster.',
        correct: false,
        explanation:
          'IRSA would work, but the role’s trust policy must name each cluster’s OIDC provider, so every new cluster means an edit, and an account allows only 100 OIDC providers by default.',
      },
      {
        text: 'EKS Pod Identity, with the Pod Identity Agent add-on and a role that trusts `pods.eks.amazonaws.com`.',
        correct: true,
        explanation:
          'Pod Identity needs no OIDC provider and uses the same trust principal in every cluster, so one role can be associated with the service account in each new cluster without touching its trust policy.',
      },
      {
        text: 'An ECS task role referenced from the payments pods.',
        correct: false,
        explanation:
          'Task roles are set in ECS task definitions; on EKS the workload-level equivalents are Pod Identity and IRSA.',
      },
    ],
    learnMore: '/docs/core-concepts/#task-role-vs-pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },
] as const satisfies readonly Question[];
