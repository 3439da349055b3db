import type { Question } from './types';

/** Practice questions shown on /docs/ecs/scaling-capacity/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ecsscale-base-weight-split',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'A ticketing company runs its checkout API as an Amazon ECS service on AWS Fargate. At least 3 tasks must always run on regular Fargate capacity, and of any tasks above those 3, about 75% should run on Fargate Spot to save money. Which capacity provider strategy meets these requirements?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: '`FARGATE` with `base` 3 and `weight` 3; `FARGATE_SPOT` with `weight` 1.',
        correct: false,
        explanation:
          'The weights give a 3:1 split in favour of regular Fargate, so only about 25% of the extra tasks would run on Spot.',
      },
      {
        text: '`FARGATE_SPOT` with `base` 3 and `weight` 3; `FARGATE` with `weight` 1.',
        correct: false,
        explanation:
          'The base is on the wrong provider: the first 3 tasks would go to Fargate Spot, which can be interrupted.',
      },
      {
        text: '`FARGATE` with `base` 3 and `weight` 1; `FARGATE_SPOT` with `weight` 3.',
        correct: true,
        explanation:
          '`base` places the first 3 tasks on `FARGATE`, and the 1:3 weights send three of every four further tasks to `FARGATE_SPOT`.',
      },
      {
        text: '`FARGATE` with `weight` 1; `FARGATE_SPOT` with `weight` 3; no `base` on either provider.',
        correct: false,
        explanation:
          'Without a `base`, only the weights apply, so nothing guarantees that 3 tasks stay on regular Fargate at low task counts.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#base-and-weight',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/ec2-and-fargate-spot.html',
  },
  {
    id: 'q-ecsscale-fargate-spot-interruption',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'A data company moves long-running batch workers on Amazon ECS to Fargate Spot to cut costs. When AWS reclaims capacity, each worker must save a checkpoint before it stops, and an operations dashboard must record every interruption. Which two actions meet these requirements? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'Handle `SIGTERM` in the worker to write the checkpoint, and set the container `stopTimeout` to 120 seconds or less.',
        correct: true,
        explanation:
          'Fargate Spot sends `SIGTERM` two minutes before it stops the task, so the worker must finish its checkpoint inside that window.',
      },
      {
        text: 'Set the container `stopTimeout` to 600 seconds so the worker has ten minutes to checkpoint.',
        correct: false,
        explanation:
          'The Fargate Spot warning is two minutes; a longer `stopTimeout` does not buy more time before the capacity is reclaimed.',
      },
      {
        text: 'Poll the EC2 instance metadata service from the container for a Spot interruption notice.',
        correct: false,
        explanation:
          'Fargate Spot announces interruptions with a `SIGTERM` to the containers and an EventBridge task state change event, not through an instance you manage.',
      },
      {
        text: 'Turn on managed termination protection for the `FARGATE_SPOT` capacity provider.',
        correct: false,
        explanation:
          'Managed termination protection is a feature of Auto Scaling group capacity providers; it can’t stop AWS from reclaiming Fargate Spot capacity.',
      },
      {
        text: 'Create an Amazon EventBridge rule that matches ECS task state change events and sends them to the dashboard.',
        correct: true,
        explanation:
          'Before a Fargate Spot task is stopped, ECS emits a task state change event to EventBridge with the two-minute warning, which a rule can forward.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#fargate-spot',
    source: 'https://aws.amazon.com/premiumsupport/knowledge-center/fargate-spot-termination-notice/',
  },
  {
    id: 'q-ecsscale-managed-termination-protection',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'An Amazon ECS cluster uses an Auto Scaling group capacity provider. During scale-in, the Auto Scaling group sometimes terminates instances that are still running tasks, which interrupts customer requests. The company wants ECS to stop this with the least custom work. What should a solutions architect configure?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Turn on managed termination protection for the capacity provider, together with managed scaling and scale-in protection on the Auto Scaling group.',
        correct: true,
        explanation:
          'Managed termination protection keeps instances that still run tasks from being terminated on scale-in, and it requires both managed scaling and ASG scale-in protection.',
      },
      {
        text: 'Turn on managed termination protection for the capacity provider and turn off managed scaling so that ECS does not change the group size.',
        correct: false,
        explanation:
          'Managed termination protection needs managed scaling turned on; it can’t be used without it.',
      },
      {
        text: 'Add a `distinctInstance` placement constraint so that each instance runs only one task.',
        correct: false,
        explanation:
          'Placement constraints decide where tasks start; they do nothing to stop the Auto Scaling group from terminating busy instances.',
      },
      {
        text: 'Write an Auto Scaling lifecycle hook with an AWS Lambda function that checks each instance for running tasks before it terminates.',
        correct: false,
        explanation:
          'This could work, but it is custom code to build and maintain where ECS already offers the feature as a capacity provider setting.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#managed-termination-protection',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AutoScalingGroupProviderUpdate.html',
  },
] as const satisfies readonly Question[];
