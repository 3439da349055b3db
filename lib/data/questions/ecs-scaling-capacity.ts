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
        explanation: 'The weights give a 3:1 split in favour of regular Fargate, so only about 25% of the extra tasks would run on Spot.',
      },
      {
        text: '`FARGATE_SPOT` with `base` 3 and `weight` 3; `FARGATE` with `weight` 1.',
        correct: false,
        explanation: 'The base is on the wrong provider: the first 3 tasks would go to Fargate Spot, which can be interrupted.',
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
          'The container `stopTimeout` can be at most 120 seconds, and the Fargate Spot warning is two minutes, so a longer value can’t buy more time.',
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
        explanation: 'Managed termination protection needs managed scaling turned on; it can’t be used without it.',
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
  {
    id: 'q-howecs-strategy-no-mixing',
    page: '/docs/ecs/scaling-capacity/',
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
        explanation: 'A cluster can have up to 20 capacity providers, so the count is not the problem.',
      },
      {
        text: 'A capacity provider strategy can contain Fargate providers or Auto Scaling group providers, but not both.',
        correct: true,
        explanation:
          'Mixing an ASG provider with `FARGATE_SPOT` in one strategy is not allowed. The burst capacity would have to come from Auto Scaling group providers, or the whole service would move to Fargate providers.',
      },
      {
        text: 'A `base` can be set only on a Fargate provider, never on an Auto Scaling group provider.',
        correct: false,
        explanation:
          'Any one provider in a strategy can carry the `base`; it is the number of tasks placed on that provider before weights apply.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#base-and-weight',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
  },
  {
    id: 'q-ecsscale-spot-instance-draining',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'A video platform runs stateless Amazon ECS services on an Auto Scaling group of EC2 Spot Instances to save money. When EC2 reclaims an instance, its tasks die mid-request and users see errors for a minute before replacements start elsewhere. The team wants ECS to react to the reclaim itself, with no custom code. What should a solutions architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Turn on managed termination protection for the Auto Scaling group capacity provider.',
        correct: false,
        explanation:
          'Managed termination protection stops the Auto Scaling group from terminating busy instances on scale-in; it can’t stop EC2 from reclaiming Spot capacity.',
      },
      {
        text: 'Turn on Spot Instance draining in the ECS agent configuration through the launch template user data.',
        correct: true,
        explanation:
          'With Spot Instance draining on, the agent receives the two-minute interruption notice and sets the instance to DRAINING, so ECS stops placing tasks there and starts replacements on other instances. It is off by default.',
      },
      {
        text: 'Write an AWS Lambda function, triggered by the EC2 Spot interruption warning in Amazon EventBridge, that stops the instance’s tasks.',
        correct: false,
        explanation: 'This can work, but it is custom code to build and run for something the ECS agent does with one setting.',
      },
      {
        text: 'Turn on Capacity Rebalancing for the Auto Scaling group and rely on ECS to drain the rebalanced instances.',
        correct: false,
        explanation: 'ECS receives no notice when Capacity Rebalancing removes an instance, so the tasks would still be cut off.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#spot-instance-draining',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/spot-instance-draining-linux-container.html',
  },
  {
    id: 'q-ecsscale-fargate-spot-graviton',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'A genomics start-up runs nightly batch steps as Amazon ECS tasks on AWS Fargate. It has rebuilt all its images for ARM64 to use AWS Graviton, the steps checkpoint their work and can be restarted, and the team has no capacity to manage servers. Which option gives the lowest compute cost?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run the tasks with the `FARGATE_SPOT` capacity provider, keeping the ARM64 task definitions on platform version 1.4.0 or later.',
        correct: true,
        explanation:
          'Since September 2024 Fargate Spot runs Linux ARM64 tasks on platform version 1.4.0 or later, so the team gets the Spot discount and Graviton pricing without managing servers.',
      },
      {
        text: 'Rebuild the images for x86_64, because Fargate Spot runs only x86_64 tasks, and run them on `FARGATE_SPOT`.',
        correct: false,
        explanation:
          'That limit is out of date: Fargate Spot has supported ARM64 tasks since September 2024, so the rebuild is wasted work.',
      },
      {
        text: 'Create an Auto Scaling group of Graviton EC2 Spot Instances as a capacity provider.',
        correct: false,
        explanation: 'It is cheap capacity, but the team would manage the instances, AMIs and scaling, which it can’t take on.',
      },
      {
        text: 'Move the batch steps to Amazon EKS and run them on Fargate Spot through a Fargate profile.',
        correct: false,
        explanation: 'Amazon EKS has no Fargate Spot option, and a migration adds work without lowering cost.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#fargate-spot',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  },
  {
    id: 'q-ecsscale-managed-scaling-headroom',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'An Amazon ECS service on EC2 uses target tracking Service Auto Scaling and an Auto Scaling group capacity provider with managed scaling at its default settings. During traffic spikes, new tasks wait several minutes in PROVISIONING until new instances join the cluster, and latency suffers. The company accepts paying for some idle capacity to fix this. What should a solutions architect change?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Lower the capacity provider’s target capacity from 100 to about 80.',
        correct: true,
        explanation:
          'The default target capacity of 100 aims to fill the instances completely. A lower value keeps spare room, so new tasks land at once while managed scaling adds instances in the background.',
      },
      {
        text: 'Raise the managed scaling instance warm-up period so that new instances report metrics later.',
        correct: false,
        explanation:
          'A longer warm-up delays when new instances count towards the scaling metric; it does not give tasks a place to start sooner.',
      },
      {
        text: 'Add `FARGATE` to the service’s capacity provider strategy to absorb the spikes.',
        correct: false,
        explanation: 'One capacity provider strategy can’t mix Fargate providers with Auto Scaling group providers.',
      },
      {
        text: 'Turn off scale-in for the Service Auto Scaling policy.',
        correct: false,
        explanation: 'Keeping extra tasks running does not add instance headroom, and the company would pay for tasks it does not need.',
      },
    ],
    learnMore: '/docs/ecs/scaling-capacity/#managed-scaling',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ManagedScaling.html',
  },
] as const satisfies readonly Question[];
