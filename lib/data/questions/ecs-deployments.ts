import type { Question } from './types';

/** Practice questions shown on /docs/ecs/deployments/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-deploy-native-blue-green',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A payments team runs an Amazon ECS service on AWS Fargate behind an Application Load Balancer. Before customers reach a release, an automated test suite must run against the new tasks through a separate listener rule, and production traffic must not move if the tests fail. The previous version must stay running for 30 minutes after the switch so that it can take traffic back at once. The team has never used AWS CodeDeploy and wants to add as few services as possible. Which approach meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Keep the `ECS` deployment controller, choose its blue/green strategy with a 30-minute bake time, add a test listener rule, and register a Lambda function as a lifecycle hook that runs the suite.',
        correct: true,
        explanation:
          'Since July 2025 ECS runs blue/green itself: test traffic reaches the green tasks through the test rule, the Lambda hook can fail the deployment before production traffic moves, and the bake time keeps the old revision ready.',
      },
      {
        text: 'Switch to the `CODE_DEPLOY` controller and create a CodeDeploy application and deployment group with a test listener.',
        correct: false,
        explanation:
          'This works, but it brings in and operates AWS CodeDeploy, which the team wants to avoid now that ECS offers the same pattern natively.',
      },
      {
        text: 'Keep the rolling update and turn on the deployment circuit breaker with rollback.',
        correct: false,
        explanation:
          'The circuit breaker reacts to tasks that fail to start or fail health checks. It can’t run a test suite before customers arrive, and a rolling update sends traffic to new tasks as they start.',
      },
      {
        text: 'Switch to the `EXTERNAL` controller and script the test run and ALB weight changes in the CI pipeline.',
        correct: false,
        explanation: 'An external controller leaves the whole rollout, rollback included, to tooling the team must build and run.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#blue-green',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
  },
  {
    id: 'q-deploy-canary-ten-percent',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A travel website runs on Amazon ECS behind an Application Load Balancer. For each release, 10% of production traffic must go to the new version for 15 minutes; if the new version stays healthy, all remaining traffic moves at once. Which approach meets this requirement with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An ECS linear deployment that shifts 10% of traffic every 15 minutes.',
        correct: false,
        explanation:
          'Linear moves traffic in equal steps with waits between them, so it would take many steps instead of one small step followed by the rest.',
      },
      {
        text: 'AWS App Mesh weighted routes between the old and new services.',
        correct: false,
        explanation: 'App Mesh reached end of support on 30 September 2026, so it is not an option for a new design.',
      },
      {
        text: 'A rolling update with `minimumHealthyPercent` set to 10.',
        correct: false,
        explanation:
          'This only lets ECS stop up to 90% of the tasks during the update; it does not hold 10% of traffic on the new version for a set time.',
      },
      {
        text: 'An ECS canary deployment with the canary share set to 10% and a 15-minute canary bake time.',
        correct: true,
        explanation:
          'Canary, built into ECS since October 2025, sends a small share first, waits for the canary bake time, and then shifts the rest in one go.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#linear-canary',
    source: 'https://aws.amazon.com/about-aws/whats-new/2025/10/amazon-ecs-built-in-linear-canary-deployments/',
  },
  {
    id: 'q-deploy-rolling-no-spare-capacity',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'An Amazon ECS service with a desired count of 4 runs on EC2 container instances that have no spare room for more tasks, and the Auto Scaling group can’t grow. Deployments with `minimumHealthyPercent` 100 and `maximumPercent` 200 never finish. The business accepts running at half capacity during a deployment. Which deployment configuration should be used?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: '`minimumHealthyPercent` 50 and `maximumPercent` 100.',
        correct: true,
        explanation: 'ECS may stop 2 old tasks first and start 2 new ones in the freed room, so the rollout needs no extra capacity.',
      },
      {
        text: '`minimumHealthyPercent` 100 and `maximumPercent` 300.',
        correct: false,
        explanation:
          'A higher ceiling only helps when the cluster has room for extra tasks; with a floor of 100% ECS still can’t stop an old task first.',
      },
      {
        text: 'Turn on the deployment circuit breaker so that ECS rolls the stuck deployment back.',
        correct: false,
        explanation:
          'Rolling back returns to the old revision; it does not make room for the new one, so the next deployment would stall the same way.',
      },
      {
        text: 'Switch to native blue/green so the new tasks start beside the old ones.',
        correct: false,
        explanation: 'Blue/green runs the new revision next to the old one, which needs even more spare capacity, not less.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#min-max-percent',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
  },
  {
    id: 'q-deploy-circuit-breaker-rollback',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A misconfigured environment variable made a new revision of an Amazon ECS service crash on startup. The rolling deployment stayed in progress for hours while ECS kept launching tasks that exited. The operations team wants ECS to detect such a failed rollout by itself and return the service to the previous working revision, without adding other AWS services. What should the team configure?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A longer health check grace period on the service.',
        correct: false,
        explanation:
          'The grace period only delays acting on failing health checks; tasks that exit at startup would still fail, and nothing would roll back.',
      },
      {
        text: 'The deployment circuit breaker, with its rollback option on, in the service’s deployment configuration.',
        correct: true,
        explanation:
          'The circuit breaker marks a rolling deployment failed when tasks can’t reach a steady state, stops launching them and, with rollback on, returns to the last completed deployment.',
      },
      {
        text: 'An Amazon EventBridge rule on task state changes that invokes a Lambda function to redeploy the previous task definition.',
        correct: false,
        explanation: 'This can work, but it is custom code and an extra service for something ECS does natively.',
      },
      {
        text: 'The `CODE_DEPLOY` deployment controller with automatic rollback in the deployment group.',
        correct: false,
        explanation: 'CodeDeploy can roll back, but it means setting up and operating another service, which the team wants to avoid.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#circuit-breaker',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html',
  },
  {
    id: 'q-deploy-grace-period-slow-start',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A Java service on Amazon ECS behind an Application Load Balancer needs about 90 seconds to load its caches before it answers requests. During every deployment, new tasks are marked unhealthy and stopped after about 30 seconds, so ECS starts replacements in a loop. Which change fixes the problem?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Lower `minimumHealthyPercent` so that fewer tasks must be healthy during the deployment.',
        correct: false,
        explanation: 'The floor controls how many tasks must stay up, not how long a new task may take before its health checks count.',
      },
      {
        text: 'Increase the target group’s deregistration delay.',
        correct: false,
        explanation:
          'Deregistration delay lets old tasks finish in-flight requests while they leave; it doesn’t protect new tasks that are starting.',
      },
      {
        text: 'Set the service’s `healthCheckGracePeriodSeconds` to a value longer than the startup time, for example 120.',
        correct: true,
        explanation:
          'During the grace period the scheduler ignores failing load balancer and container health checks, so slow starters get time to become healthy.',
      },
      {
        text: 'Double the task’s CPU and memory.',
        correct: false,
        explanation: 'More resources may shorten startup a little, but the tasks would still be judged before they are ready.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#health-check-grace-period',
    source:
      'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ecs/aws.sdk.kotlin.services.ecs.model/-update-service-request/health-check-grace-period-seconds.html',
  },
  {
    id: 'q-deploy-alarm-rollback-error-rate',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'An online shop runs its checkout API as an Amazon ECS service on AWS Fargate behind an Application Load Balancer, with rolling updates. Some releases start and pass health checks but raise the rate of HTTP 5xx responses. The company wants such a release reverted automatically during the rollout, keeps costs low, and does not want to run a second full copy of the service for every release or maintain custom code. Which solution is best?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Create a CloudWatch alarm on the target group’s 5xx count and list it in the service’s deployment configuration with rollback turned on.',
        correct: true,
        explanation:
          'When a listed alarm enters ALARM during the deployment, ECS marks it failed and rolls back to the last completed deployment, with no extra fleet and no custom code.',
      },
      {
        text: 'Turn on the deployment circuit breaker with rollback.',
        correct: false,
        explanation: 'The circuit breaker reacts to tasks that never reach a steady state; these tasks are healthy, so it would not trip.',
      },
      {
        text: 'Move to CodeDeploy blue/green with a manual approval step before traffic shifts.',
        correct: false,
        explanation:
          'It doubles the fleet during every release, adds a service to operate, and a manual step is not an automatic reversion.',
      },
      {
        text: 'Add an EventBridge rule for the alarm that triggers a Lambda function to update the service to the previous task definition.',
        correct: false,
        explanation: 'It works only with custom code that the company must maintain, which ECS alarm rollback makes unnecessary.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#alarm-rollback',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html',
  },
  {
    id: 'q-deploy-nlb-tcp-linear',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A game studio runs a TCP matchmaking service on Amazon ECS behind a Network Load Balancer with static IP addresses. Releases must move 20% of connections at a time with a 10-minute pause between steps, and revert automatically if a CloudWatch alarm fires. The studio wants the least operational overhead and doesn’t want to change the load balancer. Which option meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Replace the Network Load Balancer with an Application Load Balancer, because ECS can shift traffic gradually only behind an ALB.',
        correct: false,
        explanation:
          'At the October 2025 launch gradual shifting worked with an ALB or Service Connect only, but NLB support was added in February 2026, and an ALB doesn’t serve raw TCP with static IPs.',
      },
      {
        text: 'Run two ECS services and move Route 53 weighted records by hand for each step.',
        correct: false,
        explanation: 'Manual DNS steps are slow, depend on client DNS caching and give no automatic rollback.',
      },
      {
        text: 'Use a rolling update with `maximumPercent` 120 so that about 20% of the tasks are replaced at a time.',
        correct: false,
        explanation: 'Batch size is not traffic control: there is no pause between steps and no alarm-driven rollback of traffic.',
      },
      {
        text: 'Use the ECS linear deployment strategy with a 20% step, a 10-minute step bake time and the alarm attached for rollback.',
        correct: true,
        explanation:
          'Linear deployments are built into ECS, shift traffic through the NLB’s target groups in equal steps and roll back on CloudWatch alarms.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#linear-canary',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/linear-deployment-implementation.html',
  },
] as const satisfies readonly Question[];
