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
        explanation: 'Random has no goal, and spreading across instances uses more instances rather than fewer.',
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
        explanation: 'Fargate does not support placement constraints and offers no GPUs, so this can’t meet either requirement.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#placement-constraints',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PlacementConstraint.html',
  },
  {
    id: 'q-placement-managed-daemons',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A healthcare company runs Amazon ECS services on EC2 instances it operates today and wants AWS to take over host provisioning and OS updates. Its compliance team requires exactly one runtime-security agent on every host, started before any application container on that host, and rolled out on its own release cycle without redeploying the application services. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run the workloads on AWS Fargate and add the agent as a sidecar container to every task definition.',
        correct: false,
        explanation: 'A sidecar runs once per task rather than once per host, and updating it means redeploying every service.',
      },
      {
        text: 'Keep an EC2 Auto Scaling group capacity provider and run the agent as a service with the DAEMON scheduling strategy.',
        correct: false,
        explanation: 'A DAEMON service gives one agent per instance, but the company would still patch and scale the EC2 hosts itself.',
      },
      {
        text: 'Use an ECS Managed Instances capacity provider and deploy the agent as an ECS Managed Daemon on it.',
        correct: true,
        explanation:
          'Managed Instances lets AWS provision, scale and patch the EC2 instances. A Managed Daemon keeps one daemon task on each of those instances, starts it before application tasks, and is updated on its own schedule.',
      },
      {
        text: 'Use an ECS Managed Instances capacity provider and bake the agent into a custom AMI.',
        correct: false,
        explanation:
          'Building and maintaining host images is the kind of work the company wants to drop, and every agent update would need a new image and replaced hosts.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#managed-daemons',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-daemons.html',
  },
  {
    id: 'q-placement-fargate-az-balance',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A retailer runs an Amazon ECS service on AWS Fargate with a desired count of 6. An Availability Zone outage took down every task because all of them were running in one zone. What should a solutions architect change so that the tasks are balanced across zones?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add a `spread` placement strategy on `attribute:ecs.availability-zone` to the service.',
        correct: false,
        explanation: 'Placement strategies choose among EC2 container instances; Fargate has no instances to choose from.',
      },
      {
        text: 'Add a `distinctInstance` placement constraint to the service.',
        correct: false,
        explanation: 'Fargate does not support placement constraints.',
      },
      {
        text: 'Give the service’s network configuration subnets in three Availability Zones.',
        correct: true,
        explanation:
          'For Fargate services the scheduler balances tasks across the Availability Zones of the subnets it is given, so one subnet means one zone.',
      },
      {
        text: 'Move the service to the DAEMON scheduling strategy so that each zone gets a task.',
        correct: false,
        explanation: 'DAEMON runs one task per container instance and is not available for Fargate tasks.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#fargate-placement',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
  },
  {
    id: 'q-placement-constraint-pending',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A media company changed the launch template of its Amazon ECS cluster’s Auto Scaling group from g4dn to g5 instances to get newer GPUs. Since the old instances were retired, new tasks of its transcoding service stay in the PENDING state, although the g5 instances have free CPU, memory and GPUs. Other services on the cluster start normally. What is the most likely cause?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'The service’s `binpack` strategy on memory cannot find an instance with the least free memory.',
        correct: false,
        explanation:
          'Strategies are best-effort: when the preferred placement is impossible, ECS still places the task on a valid instance.',
      },
      {
        text: 'The service has a `memberOf` placement constraint whose expression still matches only g4dn instance types.',
        correct: true,
        explanation:
          'Constraints are binding. A `memberOf` expression such as `attribute:ecs.instance-type =~ g4dn.*` matches no g5 instance, so the tasks are never placed until the expression is updated.',
      },
      {
        text: 'The cluster has reached its quota of 20 capacity providers.',
        correct: false,
        explanation: 'That quota limits providers per cluster; nothing about the providers changed, and other services still start.',
      },
      {
        text: 'The service uses the default `spread` strategy across Availability Zones, and the g5 instances are all in one zone.',
        correct: false,
        explanation: 'Spreading is a preference, not a rule, so an unbalanced zone layout would not keep tasks pending.',
      },
    ],
    learnMore: '/docs/ecs/scheduling-placement/#best-effort-vs-binding',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html',
  },
] as const satisfies readonly Question[];
