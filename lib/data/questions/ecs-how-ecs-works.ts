import type { Question } from './types';

/** Practice questions shown on /docs/ecs/how-ecs-works/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-howecs-service-replaces-failed-tasks',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A logistics company runs a queue consumer on Amazon ECS with AWS Fargate. Exactly three copies must be running at all times, and any copy that crashes or fails its container health check must be replaced automatically. The consumer only reads from an Amazon SQS queue and receives no inbound traffic. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Call `RunTask` with a count of 3 from a scheduled AWS Lambda function that checks every five minutes how many tasks are running.',
        correct: false,
        explanation:
          'Tasks started with `RunTask` are not restarted by ECS when they stop, so the company would be building its own scheduler. That is more work than letting a service keep the count.',
      },
      {
        text: 'Create an ECS service with a desired count of 3 and place an Application Load Balancer in front of it so that ECS can detect failed tasks.',
        correct: false,
        explanation:
          'A load balancer is optional for an ECS service. The scheduler already replaces tasks that stop or fail their container health check, so an ALB with no inbound traffic only adds cost.',
      },
      {
        text: 'Create an ECS service that uses the DAEMON scheduling strategy so that each copy is watched by the ECS agent.',
        correct: false,
        explanation:
          'DAEMON runs one task per container instance and has no desired count. It is also not available on Fargate.',
      },
      {
        text: 'Create an ECS service with a desired count of 3 and no load balancer.',
        correct: true,
        explanation:
          'A service keeps its desired count running and starts a replacement when a task stops or fails a health check. A worker that takes no inbound traffic doesn’t need a load balancer.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#service',
    source: 'https://docs.amazonaws.cn/en_us/AmazonECS/latest/userguide/ecs_services.html',
  },
  {
    id: 'q-howecs-alb-path-routing-ip-targets',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A media company is moving eight HTTP microservices to Amazon ECS on AWS Fargate, one ECS service each. All of them must be reached through one public endpoint, with requests routed by URL path such as `/search` or `/video`. The company wants the most cost-effective design. What should a solutions architect do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create one Application Load Balancer with path-based listener rules, and register each ECS service with its own IP-type target group.',
        correct: true,
        explanation:
          'ALB path-based rules let several services share one listener, and Fargate tasks use the awsvpc network mode, which requires IP-type target groups.',
      },
      {
        text: 'Create one Application Load Balancer with path-based listener rules, and register each ECS service with its own instance-type target group.',
        correct: false,
        explanation:
          'Every Fargate task runs in awsvpc mode and is reached at its own IP address, so instance-type target groups can’t register the tasks.',
      },
      {
        text: 'Create one Classic Load Balancer and register all eight services with it.',
        correct: false,
        explanation:
          'The Classic Load Balancer is legacy, is limited to one per service and can’t be used with Fargate tasks.',
      },
      {
        text: 'Create a separate Application Load Balancer for each ECS service and route between them with Amazon Route 53 records.',
        correct: false,
        explanation:
          'This works but pays for eight load balancers where one ALB with path rules does the same job, so it is not the most cost-effective choice.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-load-balancing.html',
  },
  {
    id: 'q-howecs-strategy-no-mixing',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A company has bought EC2 Reserved Instances for an Amazon ECS cluster that uses an Auto Scaling group capacity provider. An architect proposes one capacity provider strategy for a service: the Auto Scaling group provider with a `base` of 4, plus `FARGATE_SPOT` with a `weight` of 1 to absorb bursts. Why will this design not work as proposed?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: '`FARGATE_SPOT` must first be created as a custom capacity provider with its own Auto Scaling group.',
        correct: false,
        explanation:
          '`FARGATE` and `FARGATE_SPOT` are reserved capacity providers that you only associate with the cluster; nothing has to be created for them.',
      },
      {
        text: 'A cluster can have only two capacity providers, and the cluster already uses them.',
        correct: false,
        explanation:
          'A cluster can have up to 20 capacity providers, so the count is not the problem.',
      },
      {
        text: 'A capacity provider strategy can contain Fargate providers or Auto Scaling group providers, but not both.',
        correct: true,
        explanation:
          'Mixing an ASG provider with `FARGATE_SPOT` in one strategy is not allowed. The burst capacity would have to come from Auto Scaling group providers, or the whole service would move to Fargate providers.',
      },
      {
        text: 'The `base` value can be set only on `FARGATE_SPOT`, never on an Auto Scaling group provider.',
        correct: false,
        explanation:
          'Any provider in a strategy can carry a `base`; it is the number of tasks placed on that provider before weights apply.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#capacity-provider-strategies',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/ec2-and-fargate-spot.html',
  },
] as const satisfies readonly Question[];
