import type { Question } from './types';

/** Practice questions shown on /docs/ecs/deployments/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-deploy-native-blue-green',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A fintech company deploys an Amazon ECS service behind an Application Load Balancer. For the next release it wants blue/green deployments: test the new tasks before they take production traffic, keep the old tasks for a bake period and roll back automatically. The team wants to avoid setting up and operating any additional deployment service. What should it use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The `CODE_DEPLOY` deployment controller with an AWS CodeDeploy application and deployment group.',
        correct: false,
        explanation:
          'CodeDeploy blue/green still works, but it means running a separate service. Since July 2025 ECS does blue/green itself, so CodeDeploy is no longer required.',
      },
      {
        text: 'The ECS native blue/green deployment strategy with the `ECS` deployment controller.',
        correct: true,
        explanation:
          'Since July 2025 ECS runs blue/green natively, with lifecycle hooks for tests, bake time and managed rollback, and no CodeDeploy setup.',
      },
      {
        text: 'A rolling update with `minimumHealthyPercent` 100 and `maximumPercent` 200.',
        correct: false,
        explanation:
          'A rolling update keeps capacity up but sends traffic to new tasks as they start, with no test stage, bake time or managed rollback.',
      },
      {
        text: 'The `EXTERNAL` deployment controller with a third-party tool that shifts ALB weights.',
        correct: false,
        explanation:
          'An external controller hands the whole deployment to a tool the company must run, which is the extra operational work it wants to avoid.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#blue-green',
    source: 'https://aws.amazon.com/blogs/devops/choosing-between-amazon-ecs-blue-green-native-or-aws-codedeploy-in-aws-cdk',
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
        explanation:
          'App Mesh reached end of support on 30 September 2026, so it is not an option for a new design.',
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
          'Canary, built into ECS since 30 October 2025, sends a small share first, waits, and then shifts the rest in one go.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#linear-canary',
    source: 'https://cloudsteak.com/aws-amazon-ecs-now-supports-built-in-linear-and-canary-deployments',
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
        explanation:
          'ECS may stop 2 old tasks first and start 2 new ones in the freed room, so the rollout needs no extra capacity.',
      },
      {
        text: '`minimumHealthyPercent` 100 and `maximumPercent` 300.',
        correct: false,
        explanation:
          'A higher ceiling only helps when the cluster has room for extra tasks; with a floor of 100% ECS still can’t stop an old task first.',
      },
      {
        text: 'Switch the service to the DAEMON scheduling strategy with the `CODE_DEPLOY` controller.',
        correct: false,
        explanation:
          'A DAEMON service can’t use the `CODE_DEPLOY` controller, and DAEMON runs one task per instance rather than a desired count of 4.',
      },
      {
        text: 'Switch to CodeDeploy blue/green so the new tasks start beside the old ones.',
        correct: false,
        explanation:
          'Blue/green runs the new revision next to the old one, which needs even more spare capacity, not less.',
      },
    ],
    learnMore: '/docs/ecs/deployments/#min-max-percent',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentController.html',
  },
] as const satisfies readonly Question[];
