import type { Question } from './types';

/** Practice questions shown on /docs/ecs/scheduling-placement/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-placement-daemon-per-instance-agent',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A company runs Amazon ECS on EC2 container instances in an Auto Scaling group that grows and shrinks during the day. Its security team needs exactly one copy of a monitoring agent on every container instance, including instances added later. Which solution requires the least ongoing effort?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create a replica service with a `spread` placement strategy on `instanceId` and update its desired count whenever the group scales.',
        correct: false,
        explanation:
          'Spread is best-effort and does not guarantee one task per instance, and someone would have to keep the desired count in step with the instance count.',
      },
      {
        text: 'Create a service that uses the DAEMON scheduling strategy for the agent.',
        correct: true,
        explanation:
          'DAEMON places exactly one task on each active container instance and adds a copy when an instance joins, with no desired count to manage.',
      },
      {
        text: 'Run the agent as a Fargate service that uses the DAEMON scheduling strategy.',
        correct: false,
        explanation:
          'Fargate tasks do not support the DAEMON scheduling strategy, and a Fargate task would not run on the EC2 instances anyway.',
      },
      {
        text: 'Create a replica service with the `distinctInstance` constraint and target tracking Service Auto Scaling on CPU.',
        correct: false,
        explanation:
          '`distinctInstance` stops two copies sharing a host, but CPU-based scaling does not follow the instance count, so some instances could end up without an agent.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#daemon',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
  },
  {
    id: 'q-placement-spread-then-binpack',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A gaming company runs an Amazon ECS service on EC2 container instances in three Availability Zones. The tasks must stay balanced across the Availability Zones for resilience, and within each zone the company wants to run as few instances as possible to save money. Which placement configuration should it use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A `binpack` strategy on `memory` only.',
        correct: false,
        explanation:
          'Binpack alone packs tasks onto the fewest instances without regard to Availability Zone, so the tasks could all end up in one zone.',
      },
      {
        text: 'A `spread` strategy on `attribute:ecs.availability-zone` followed by a `binpack` strategy on `memory`.',
        correct: true,
        explanation:
          'Strategies are applied in order: spreading on the AZ attribute balances the zones, then binpack fills instances within each zone before using another.',
      },
      {
        text: 'A `random` strategy followed by a `spread` strategy on `instanceId`.',
        correct: false,
        explanation:
          'Random has no goal, and spreading across instances uses more instances rather than fewer.',
      },
      {
        text: 'A `distinctInstance` constraint combined with a `spread` strategy on `attribute:ecs.availability-zone`.',
        correct: false,
        explanation:
          '`distinctInstance` forces every task onto its own instance, which is the opposite of using as few instances as possible.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#placement-strategies',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html',
  },
  {
    id: 'q-placement-memberof-distinctinstance',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A research lab runs an Amazon ECS cluster with a mix of general-purpose and g4dn EC2 container instances. A video-encoding service must run only on g4dn instances, and no two of its tasks may ever share the same instance, even when the cluster is short of room. Which two settings should the lab add to the service? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'A `spread` placement strategy on `instanceId`.',
        correct: false,
        explanation:
          'Strategies are best-effort, so spread still places two tasks on one instance when it runs short of room; it can’t guarantee the rule.',
      },
      {
        text: 'A `memberOf` placement constraint with the expression `attribute:ecs.instance-type =~ g4dn.*`.',
        correct: true,
        explanation:
          '`memberOf` is a binding rule that uses a cluster query language expression, so tasks land only on instances whose type matches g4dn.',
      },
      {
        text: 'A `binpack` placement strategy on the GPU resource.',
        correct: false,
        explanation:
          'Binpack works on `cpu` or `memory` and only expresses a preference; it neither restricts instance types nor keeps tasks apart.',
      },
      {
        text: 'A `distinctInstance` placement constraint.',
        correct: true,
        explanation:
          '`distinctInstance` is binding: each task must run on a different container instance, and a task that can’t meet it is not placed.',
      },
      {
        text: 'Move the service to AWS Fargate and set `placementConstraints` in the task definition.',
        correct: false,
        explanation:
          'Fargate does not support placement constraints, and Fargate has no GPUs, so this can’t meet either requirement.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#placement-constraints',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html',
  },
] as const satisfies readonly Question[];
