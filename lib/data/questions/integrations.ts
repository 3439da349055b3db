import type { Question } from './types';

/** Practice questions shown on /docs/integrations/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-integrations-app-mesh-cutover',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'An architect is reviewing the runbook a company followed in 2025 to move 30 Amazon ECS services from AWS App Mesh to ECS Service Connect without downtime. Which approach in the runbook matches AWS guidance?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add a Service Connect namespace to each existing mesh-enabled service, then remove the Envoy configuration afterwards.',
        correct: false,
        explanation:
          'An ECS service can’t be part of an App Mesh mesh and a Service Connect namespace at the same time, so the switch can’t be made in place.',
      },
      {
        text: 'Move the services to Amazon EKS first, because Service Connect works only with Kubernetes.',
        correct: false,
        explanation:
          'Service Connect is an ECS feature; on EKS the App Mesh replacements are VPC Lattice or a self-run mesh such as Istio.',
      },
      {
        text: 'Create a Route 53 private hosted zone for each service, because Service Connect resolves short names through hosted zones.',
        correct: false,
        explanation:
          'Service Connect builds on AWS Cloud Map namespaces and creates no Route 53 hosted zones; its managed proxy handles short-name discovery.',
      },
      {
        text: 'Deploy new Service Connect services beside the mesh services and shift traffic gradually with Route 53 weighted records or ALB target-group weights.',
        correct: true,
        explanation:
          'Because a service can’t sit in a mesh and a namespace at once, AWS recommends a blue/green cutover, moving traffic with Route 53 weighted records, CloudFront continuous deployment or ALB weights.',
      },
    ],
    learnMore: '/docs/integrations/#app-mesh-end-of-support',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect',
  },
  {
    id: 'q-integrations-firelens-task-role',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'An application on Amazon ECS with AWS Fargate must send its container logs to Amazon OpenSearch Service and to an Amazon S3 bucket instead of CloudWatch Logs. Which configuration meets the requirement?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Use the `awslogs` log driver and set its destinations to OpenSearch and S3.',
        correct: false,
        explanation:
          'The `awslogs` driver writes only to CloudWatch Logs; any other destination needs FireLens.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver, and grant the task execution role write access to OpenSearch and S3.',
        correct: false,
        explanation:
          'With FireLens the router delivers logs using the task role, so permissions placed on the execution role don’t let it write to the destinations.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver in the app containers, and grant the task role write access to OpenSearch and S3.',
        correct: true,
        explanation:
          'FireLens routes container output through a Fluent Bit or Fluentd container to destinations such as OpenSearch and S3, and the task role must allow writing to them.',
      },
      {
        text: 'Run Fluent Bit as an ECS service with the `DAEMON` strategy in the Fargate cluster.',
        correct: false,
        explanation:
          'Fargate doesn’t support the `DAEMON` strategy; on Fargate the log router runs as a container inside each task.',
      },
    ],
    learnMore: '/docs/integrations/#ecs-logging',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/firelens-taskdef.html',
  },
  {
    id: 'q-integrations-ip-target-type',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'A team creates an Application Load Balancer target group with the `instance` target type for a new Amazon ECS service on AWS Fargate. The service can’t register its tasks with the target group. What should the team change?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Recreate the target group with the `ip` target type.',
        correct: true,
        explanation:
          'Fargate tasks use `awsvpc` mode, so each has its own ENI and IP address and there is no instance of the team’s to register; the target group must use IP targets.',
      },
      {
        text: 'Switch the task definition to `bridge` network mode and use dynamic host port mapping.',
        correct: false,
        explanation:
          'Fargate requires the `awsvpc` network mode; bridge mode and dynamic host ports apply only to EC2 container instances.',
      },
      {
        text: 'Replace the ALB with a Classic Load Balancer, which registers tasks by instance.',
        correct: false,
        explanation:
          'The Classic Load Balancer is legacy and can’t be used with Fargate services at all.',
      },
      {
        text: 'Replace the ALB with a Network Load Balancer, whose `instance` targets work with Fargate.',
        correct: false,
        explanation:
          'The rule is the same for NLB target groups: tasks in `awsvpc` mode, which includes every Fargate task, need IP targets.',
      },
    ],
    learnMore: '/docs/integrations/#ecs-load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-load-balancing.html',
  },
] as const satisfies readonly Question[];
