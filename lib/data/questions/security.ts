import type { Question } from './types';

/** Practice questions shown on /docs/security/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-security-secret-rotation-ecs',
    page: '/docs/security/',
    service: 'ECS',
    scenario:
      'An Amazon ECS service reads its database password through the `secrets` field of its task definition. Secrets Manager rotated the password last night, and this morning every task fails to connect to the database with the old password. What is the quickest fix that keeps the current design?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Grant the task role `secretsmanager:GetSecretValue` on the secret.',
        correct: false,
        explanation:
          'Permissions are not the problem: the tasks read the secret successfully when they started, and ECS reads it with the execution role anyway.',
      },
      {
        text: 'Force a new deployment of the service so that new tasks start and read the current value.',
        correct: true,
        explanation: 'ECS injects the value once, when a container starts; running tasks keep the old value until they are replaced.',
      },
      {
        text: 'Change `valueFrom` to the secret’s name instead of its ARN.',
        correct: false,
        explanation: 'The reference form doesn’t matter here; any form is still read only at container start.',
      },
      {
        text: 'Restart the ECS container agent on the cluster.',
        correct: false,
        explanation:
          'Restarting the agent doesn’t restart the containers or inject new environment values, and Fargate has no agent to restart.',
      },
    ],
    learnMore: '/docs/security/#ecs-secrets',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
  },
  {
    id: 'q-security-secret-cross-region-json-key',
    page: '/docs/security/',
    service: 'ECS',
    scenario:
      'An Amazon ECS task on AWS Fargate in us-east-1 must receive two values: the `apiKey` field of a JSON secret in Secrets Manager in the same Region, and a Parameter Store parameter that the security team keeps only in eu-west-1. The task definition refers to the parameter by its name, and the task fails to start. Which change makes both values arrive with the least effort?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Refer to the parameter by its full ARN, reference the secret with its ARN followed by `:apiKey::`, and run the task on platform version 1.4.0 or later.',
        correct: true,
        explanation:
          'A parameter in another Region must be given as a full ARN, and picking one JSON key of a secret needs Fargate platform version 1.4.0 or later.',
      },
      {
        text: 'Copy the parameter into us-east-1 by hand and keep the name reference.',
        correct: false,
        explanation: 'That works once, but the security team keeps the value only in eu-west-1, so every change would need copying again.',
      },
      {
        text: 'Give the task role read access to both Regions and keep the task definition as it is.',
        correct: false,
        explanation:
          'ECS reads these values with the task execution role, and a bare name can only point to a parameter in the task’s own Region.',
      },
      {
        text: 'Mount the secret with the Secrets Store CSI Driver and read the parameter from the application.',
        correct: false,
        explanation: 'The Secrets Store CSI Driver is a Kubernetes component for EKS pods; ECS injects values through the `secrets` field.',
      },
    ],
    learnMore: '/docs/security/#ecs-secrets',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Secret.html',
  },
  {
    id: 'q-security-ascp-not-on-fargate',
    page: '/docs/security/',
    service: 'EKS',
    scenario:
      'A team installed the Secrets Store CSI Driver with the AWS provider (ASCP) to mount Secrets Manager secrets as files into Amazon EKS pods. Pods on the cluster’s managed node group mount the secrets, but the same Deployment scheduled through a Fargate profile stays in `ContainerCreating`. What explains this?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The Fargate pods need IRSA instead of EKS Pod Identity.',
        correct: false,
        explanation: 'The identity method is not the cause; ASCP doesn’t run for Fargate pods whichever identity they use.',
      },
      {
        text: 'ASCP works with EC2 node groups only; Fargate is not supported.',
        correct: true,
        explanation:
          'The AWS provider for the Secrets Store CSI Driver supports EKS on EC2 node groups, so Fargate pods need another way to read the secret, such as calling Secrets Manager from the app.',
      },
      {
        text: 'Secrets Manager blocks requests that come from Fargate IP addresses.',
        correct: false,
        explanation: 'Secrets Manager authorises by IAM, not by the compute type behind the caller.',
      },
      {
        text: 'The Fargate profile must list the `kube-system` namespace before CSI volumes work.',
        correct: false,
        explanation: 'Adding namespaces to the profile doesn’t make ASCP available on Fargate.',
      },
    ],
    learnMore: '/docs/security/#eks-secrets',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/manage-secrets.html',
  },
  {
    id: 'q-security-guardduty-eks-protection',
    page: '/docs/security/',
    service: 'EKS',
    scenario:
      'A company with 60 Amazon EKS clusters wants alerts when anonymous or unusual identities call the Kubernetes API, for example to list Secrets. Control plane logging is off on every cluster to save CloudWatch Logs costs, and the company wants to keep it off. What is the most cost-effective way to get these alerts?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Turn on the `audit` log type on every cluster and write CloudWatch Logs metric filters for suspicious calls.',
        correct: false,
        explanation:
          'This reintroduces the log costs the company avoided and leaves the detection rules for the team to write and maintain.',
      },
      {
        text: 'Turn on GuardDuty EKS Protection for the accounts.',
        correct: true,
        explanation:
          'EKS Protection analyses the Kubernetes audit events through GuardDuty’s own stream, with no control plane logging needed, and raises findings for suspicious API activity.',
      },
      {
        text: 'Turn on GuardDuty Runtime Monitoring and install its agent on every node.',
        correct: false,
        explanation:
          'Runtime Monitoring watches processes, files and network activity on nodes; calls to the Kubernetes API are covered by EKS Protection.',
      },
      {
        text: 'Enable Amazon Inspector enhanced scanning on the ECR repositories the clusters use.',
        correct: false,
        explanation: 'Inspector finds vulnerable packages in images; it doesn’t watch who calls the Kubernetes API.',
      },
    ],
    learnMore: '/docs/security/#guardduty-eks-protection',
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html',
  },
  {
    id: 'q-security-runtime-monitoring-gaps',
    page: '/docs/security/',
    service: 'both',
    scenario:
      'A security team turns on GuardDuty Runtime Monitoring with automated agent configuration for an organisation that runs Amazon EKS on EC2 nodes, Amazon EKS on AWS Fargate, Amazon ECS on AWS Fargate, Amazon ECS on EC2 container instances, and Amazon ECS Managed Instances. Which two of these will Runtime Monitoring not cover? (Choose two.)',
    exam: 'SAP',
    choose: 2,
    options: [
      {
        text: 'Amazon EKS pods on AWS Fargate.',
        correct: true,
        explanation: 'GuardDuty Runtime Monitoring doesn’t support EKS clusters running on Fargate.',
      },
      {
        text: 'Amazon ECS Managed Instances.',
        correct: true,
        explanation: 'Runtime Monitoring doesn’t support applications running on ECS Managed Instances.',
      },
      {
        text: 'Amazon ECS tasks on AWS Fargate.',
        correct: false,
        explanation: 'These are covered: GuardDuty adds its agent as a sidecar to new Fargate tasks and new service deployments.',
      },
      {
        text: 'Amazon EKS on EC2 nodes.',
        correct: false,
        explanation: 'These are covered, with the GuardDuty agent installed as an EKS add-on; EKS Auto Mode nodes are covered too.',
      },
      {
        text: 'Amazon ECS on EC2 container instances.',
        correct: false,
        explanation:
          'These are covered as EC2 resources; the agent can be managed by GuardDuty or installed by you, and the ECS guide describes the manual setup.',
      },
    ],
    learnMore: '/docs/security/#guardduty-runtime-monitoring',
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
  },
] as const satisfies readonly Question[];
