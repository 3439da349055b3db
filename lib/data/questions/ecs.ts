import type { Question } from './types';

export const questions = [
  // ---------------------------------------------------------------- how-ecs-works
  {
    id: 'q-howecs-service-replaces-failed-tasks',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A logistics company runs a queue consumer on Amazon ECS with AWS Fargate. Exactly three copies must be running at all times, and any copy that crashes or fails its container health check must be replaced automatically. The consumer only reads from an Amazon SQS queue and receives no inbound traffic. Which solution meets these requirements with the least operational overhead?',
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

  // ---------------------------------------------------------------- task-networking
  {
    id: 'q-tasknet-awsvpc-per-task-security-groups',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'A bank runs a payments service and a reporting service as Amazon ECS tasks on the same fleet of EC2 Linux container instances. A new compliance rule says only the payments tasks may connect to the payments database, and the rule must be enforced with security groups. Which configuration meets this requirement?',
    choose: 1,
    options: [
      {
        text: 'Switch both task definitions to the `awsvpc` network mode and give each service its own security groups in its network configuration.',
        correct: true,
        explanation:
          'In `awsvpc` mode every task gets its own elastic network interface and private IP, and security groups attach to that interface. The database can then allow only the payments security group.',
      },
      {
        text: 'Keep the bridge network mode and attach a dedicated security group to the EC2 instances that run payments tasks.',
        correct: false,
        explanation:
          'In bridge mode tasks share the instance’s network interface, so the instance security group applies to every task on the host, reporting included.',
      },
      {
        text: 'Switch both task definitions to the host network mode and attach the security groups in the task definitions.',
        correct: false,
        explanation:
          'Host mode puts containers directly on the instance’s network stack, so there is no per-task interface to hold a separate security group.',
      },
      {
        text: 'Use the `none` network mode for the reporting tasks so they can’t reach the database.',
        correct: false,
        explanation:
          'The `none` mode removes all external connectivity, which would stop the reporting service from doing its own work; it is not a way to filter traffic.',
      },
    ],
    learnMore: '/docs/ecs/task-networking/#awsvpc-mode',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html',
  },
  {
    id: 'q-tasknet-bridge-dynamic-host-ports',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'A retailer runs a web API as an Amazon ECS service on a few large EC2 Linux instances behind an Application Load Balancer. The container listens on port 8080, and the team wants several copies of the task on each instance so that the large instances are fully used. Which task definition setting allows this?',
    choose: 1,
    options: [
      {
        text: 'Use the host network mode with `containerPort` 8080.',
        correct: false,
        explanation:
          'In host mode the container takes port 8080 on the instance itself, so a second copy of the task can’t start on the same instance.',
      },
      {
        text: 'Use the bridge network mode with `hostPort` set to 8080 to match `containerPort`.',
        correct: false,
        explanation:
          'A fixed host port can be held by only one task per instance, so the second copy would clash with the first.',
      },
      {
        text: 'Use the `none` network mode and let the load balancer reach the containers directly.',
        correct: false,
        explanation:
          'The `none` mode gives the task no external connectivity and allows no port mappings, so the load balancer couldn’t reach it.',
      },
      {
        text: 'Use the bridge network mode with `hostPort` set to 0 and `containerPort` 8080.',
        correct: true,
        explanation:
          'A `hostPort` of 0 gives each container a free ephemeral host port, and the load balancer registers each task with its own port. This is dynamic host port mapping.',
      },
    ],
    learnMore: '/docs/ecs/task-networking/#bridge-mode',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
  },
  {
    id: 'q-tasknet-fargate-ip-target-group',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'A startup moves an Amazon ECS service from the EC2 launch type with bridge networking to AWS Fargate. It reuses the existing Network Load Balancer target group, which has the instance target type. After the move, no tasks register with the load balancer. What is the most likely fix?',
    choose: 1,
    options: [
      {
        text: 'Change the task definition to the bridge network mode so the tasks can register by instance.',
        correct: false,
        explanation:
          'Fargate supports only the `awsvpc` network mode, so bridge is not an option for these tasks.',
      },
      {
        text: 'Replace the Network Load Balancer with a Classic Load Balancer.',
        correct: false,
        explanation:
          'Classic Load Balancers are legacy and can’t be used with Fargate tasks at all.',
      },
      {
        text: 'Create a target group with the IP target type and point the service at it.',
        correct: true,
        explanation:
          'Fargate tasks use `awsvpc`, so each task is reached at its own IP address. Load balancer target groups for such tasks must use the IP target type.',
      },
      {
        text: 'Turn on dynamic host port mapping by setting `hostPort` to 0.',
        correct: false,
        explanation:
          'Dynamic host port mapping is a bridge-mode feature on EC2; in `awsvpc` mode the container port is served on the task’s own IP.',
      },
    ],
    learnMore: '/docs/ecs/task-networking/#awsvpc-ip-targets',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-load-balancing.html',
  },

  // ---------------------------------------------------------------- scheduling-placement
  {
    id: 'q-placement-daemon-per-instance-agent',
    page: '/docs/ecs/scheduling-placement/',
    service: 'ECS',
    scenario:
      'A company runs Amazon ECS on EC2 container instances in an Auto Scaling group that grows and shrinks during the day. Its security team needs exactly one copy of a monitoring agent on every container instance, including instances added later. Which solution requires the least ongoing effort?',
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

  // ---------------------------------------------------------------- scaling-capacity
  {
    id: 'q-ecsscale-base-weight-split',
    page: '/docs/ecs/scaling-capacity/',
    service: 'ECS',
    scenario:
      'A ticketing company runs its checkout API as an Amazon ECS service on AWS Fargate. At least 3 tasks must always run on regular Fargate capacity, and of any tasks above those 3, about 75% should run on Fargate Spot to save money. Which capacity provider strategy meets these requirements?',
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

  // ---------------------------------------------------------------- deployments
  {
    id: 'q-deploy-native-blue-green',
    page: '/docs/ecs/deployments/',
    service: 'ECS',
    scenario:
      'A fintech company deploys an Amazon ECS service behind an Application Load Balancer. For the next release it wants blue/green deployments: test the new tasks before they take production traffic, keep the old tasks for a bake period and roll back automatically. The team wants to avoid setting up and operating any additional deployment service. What should it use?',
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

  // ---------------------------------------------------------------- security-operations
  {
    id: 'q-secops-task-vs-execution-role',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'A company runs an orders API on Amazon ECS with AWS Fargate. The image is in a private Amazon ECR repository, logs go to CloudWatch Logs through the `awslogs` driver, and the application code reads objects from one Amazon S3 bucket. Which IAM design follows the principle of least privilege?',
    choose: 1,
    options: [
      {
        text: 'One role, set as both the task role and the task execution role, with ECR pull, CloudWatch Logs write and S3 read permissions.',
        correct: false,
        explanation:
          'A shared role gives the application code the ECR and logging permissions it never uses, and gives ECS the S3 access it doesn’t need.',
      },
      {
        text: 'A task execution role with ECR pull and CloudWatch Logs write permissions, and a task role with read access to the one S3 bucket.',
        correct: true,
        explanation:
          'ECS uses the execution role to pull the private image and ship `awslogs` output, while the application code uses the task role, so each role holds only what its caller needs.',
      },
      {
        text: 'A task execution role with ECR pull, CloudWatch Logs write and S3 read permissions, and no task role.',
        correct: false,
        explanation:
          'The execution role is used by ECS and Fargate while setting up the task, not by the application, so the code would have no credentials for S3.',
      },
      {
        text: 'A container instance role with S3 read permissions, and a task execution role with ECR pull and CloudWatch Logs write permissions.',
        correct: false,
        explanation:
          'Fargate has no container instances, so there is no container instance role, and such a role would be shared by every task on a host anyway.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#task-role-vs-execution-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html',
  },
  {
    id: 'q-secops-secrets-manager-injection',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'A healthcare company runs an application on Amazon ECS with AWS Fargate that needs a database password as an environment variable. Security policy says the password must not appear in the container image or as plain text in the task definition, and it must be stored in AWS Secrets Manager. Which two steps meet these requirements? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'Add the password to the `environment` list of the container definition and encrypt the task definition with AWS KMS.',
        correct: false,
        explanation:
          'Values in `environment` are stored as plain text in the task definition, which the policy forbids.',
      },
      {
        text: 'Grant the task role `secretsmanager:GetSecretValue` on the secret and leave the execution role unchanged.',
        correct: false,
        explanation:
          'ECS resolves `secrets` entries before the application starts, using the task execution role, so a permission on the task role does not make the injection work.',
      },
      {
        text: 'Reference the secret in the container definition’s `secrets` field, with the variable name in `name` and the secret ARN in `valueFrom`.',
        correct: true,
        explanation:
          'The `secrets` field injects the value as an environment variable at start-up, so only the ARN appears in the task definition.',
      },
      {
        text: 'Grant the task execution role permission to read that specific secret.',
        correct: true,
        explanation:
          'ECS fetches the secret with the task execution role when the task starts; scoping it to one secret keeps least privilege.',
      },
      {
        text: 'Copy the password into the image at build time from AWS Secrets Manager in AWS CodeBuild.',
        correct: false,
        explanation:
          'This puts the secret inside the image, which the policy explicitly rules out.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#secrets-injection',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  {
    id: 'q-secops-ecs-exec-fargate-shell',
    page: '/docs/ecs/security-operations/',
    service: 'ECS',
    scenario:
      'Developers need to open an interactive shell in a running Amazon ECS container on AWS Fargate to debug a production issue. The security team forbids SSH, open inbound ports and bastion hosts. Which solution meets these requirements?',
    choose: 1,
    options: [
      {
        text: 'Install an SSH server in the image, open port 22 in the task’s security group, and connect through a bastion host.',
        correct: false,
        explanation:
          'This uses SSH, an open inbound port and a bastion, all of which the security team forbids.',
      },
      {
        text: 'Turn on ECS Exec with `--enable-execute-command`, and add the `ssmmessages` permissions to the task execution role.',
        correct: false,
        explanation:
          'The `ssmmessages` permissions belong on the task role; the execution role covers only start-up work such as image pulls, `awslogs` and secrets.',
      },
      {
        text: 'Connect to the underlying Fargate host with AWS Systems Manager Session Manager and run `docker exec`.',
        correct: false,
        explanation:
          'Fargate exposes no host to customers; each task has its own isolation boundary, so there is nothing to log in to.',
      },
      {
        text: 'Turn on ECS Exec with `--enable-execute-command`, add the `ssmmessages` permissions to the task role, and run `aws ecs execute-command` with the Session Manager plugin.',
        correct: true,
        explanation:
          'ECS Exec goes through Systems Manager Session Manager, so it needs no SSH, open port or bastion, only the task role permissions and the client plugin.',
      },
    ],
    learnMore: '/docs/ecs/security-operations/#ecs-exec',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec-run.html',
  },

  // ---------------------------------------------------------------- storage
  {
    id: 'q-storage-ebs-on-fargate-from-snapshot',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'An analytics company runs a nightly job as Amazon ECS tasks on AWS Fargate. Each task needs its own 500 GiB block volume, restored from an EBS snapshot of reference data, and no other task reads that volume. The company wants to stay on Fargate. Which solution meets these requirements?',
    choose: 1,
    options: [
      {
        text: 'Set `ephemeralStorage` to 500 GiB in the task definition and copy the reference data in at start-up.',
        correct: false,
        explanation:
          'Fargate ephemeral storage can be raised to at most 200 GiB, and it can’t be created from an EBS snapshot.',
      },
      {
        text: 'Move the job to the EC2 launch type, because Fargate tasks can mount only Amazon EFS.',
        correct: false,
        explanation:
          'That is outdated for ECS: since January 2024 ECS tasks on Fargate can attach an EBS volume.',
      },
      {
        text: 'Mark a volume with `configuredAtLaunch` in the task definition and supply an ECS-managed EBS volume created from the snapshot in `volumeConfigurations` at launch.',
        correct: true,
        explanation:
          'ECS attaches one managed EBS volume per Fargate task, configured at run or deploy time, and the volume can be created from a snapshot.',
      },
      {
        text: 'Mount one Amazon EFS file system in every task and restore the EBS snapshot into it.',
        correct: false,
        explanation:
          'EFS is a shared file system, not a block volume, and it can’t be created from an EBS snapshot; the tasks don’t need to share data anyway.',
      },
    ],
    learnMore: '/docs/ecs/storage/#ebs-on-fargate',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
  },
  {
    id: 'q-storage-efs-shared-persistent',
    page: '/docs/ecs/storage/',
    service: 'ECS',
    scenario:
      'A publishing company runs a content management system as an Amazon ECS service on AWS Fargate with tasks in two Availability Zones. Every task must read and write the same uploaded files, and the files must remain after all tasks are replaced during a deployment. Which storage option should the company use?',
    choose: 1,
    options: [
      {
        text: 'An Amazon EFS file system mounted by every task.',
        correct: true,
        explanation:
          'EFS can be mounted by many tasks at once and keeps its data after the tasks stop. It works on Fargate with Linux platform version 1.4.0 or later.',
      },
      {
        text: 'An ECS-managed Amazon EBS volume attached to the service.',
        correct: false,
        explanation:
          'An ECS-managed EBS volume belongs to one task and, by default, is deleted when that task stops, so tasks can’t share it.',
      },
      {
        text: 'Fargate ephemeral storage increased to 200 GiB.',
        correct: false,
        explanation:
          'Ephemeral storage belongs to a single task and is lost when the task stops.',
      },
      {
        text: 'A bind mount shared by the containers of the service.',
        correct: false,
        explanation:
          'A bind mount shares files only between containers in the same task, and its data goes away with the task.',
      },
    ],
    learnMore: '/docs/ecs/storage/#efs',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
  },
  {
    id: 'q-storage-ebs-ecs-vs-eks-fargate',
    page: '/docs/ecs/storage/',
    service: 'both',
    scenario:
      'A company runs one stateful workload on Amazon ECS with AWS Fargate and another on Amazon EKS with Fargate profiles. Both need a dedicated block volume per replica. An older study guide says “Fargate supports only EFS.” Which statement is correct today?',
    choose: 1,
    options: [
      {
        text: 'The study guide is right for both services: Fargate tasks and pods can mount only Amazon EFS.',
        correct: false,
        explanation:
          'That has been outdated for ECS since January 2024, when ECS tasks on Fargate gained EBS volumes.',
      },
      {
        text: 'Both services can now attach Amazon EBS volumes to Fargate workloads.',
        correct: false,
        explanation:
          'EKS on Fargate still can’t mount EBS volumes to pods; only ECS gained EBS on Fargate.',
      },
      {
        text: 'EKS Fargate pods can use EBS through the EBS CSI driver, but ECS Fargate tasks are limited to EFS.',
        correct: false,
        explanation:
          'This reverses the facts: ECS tasks on Fargate can attach EBS, while EKS Fargate pods are limited to statically provisioned EFS.',
      },
      {
        text: 'ECS tasks on Fargate can attach an ECS-managed EBS volume, but EKS pods on Fargate can’t mount EBS, so the EKS workload needs EC2 nodes for block storage.',
        correct: true,
        explanation:
          'ECS added EBS on Fargate in January 2024, while EKS on Fargate still supports only EFS, so block storage on EKS means running the pods on EC2 nodes.',
      },
    ],
    learnMore: '/docs/ecs/storage/#eks-fargate-storage',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },

  // ---------------------------------------------------------------- quotas
  {
    id: 'q-quotas-ten-containers-hard-limit',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A team is designing an Amazon ECS task definition that needs 12 containers: the application plus 11 sidecars for proxies, log routing and agents. Registering the task definition fails. What should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Request an increase of the containers-per-task-definition quota in the Service Quotas console.',
        correct: false,
        explanation:
          'The limit of 10 containers per task definition is a hard quota that AWS does not raise.',
      },
      {
        text: 'Split the containers across two or more task definitions, run them as separate services, and connect them over the network.',
        correct: true,
        explanation:
          'Because 10 containers per task definition can’t be increased, the workload has to be divided into several task definitions.',
      },
      {
        text: 'Switch the task definition to AWS Fargate, which allows more containers per task.',
        correct: false,
        explanation:
          'The 10-container limit applies to the task definition whatever the launch type, so Fargate has the same ceiling.',
      },
      {
        text: 'Move the task to a new cluster, because the limit counts containers per cluster.',
        correct: false,
        explanation:
          'The quota is per task definition, not per cluster, so a new cluster changes nothing.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#containers-per-task-definition',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
  },
  {
    id: 'q-quotas-fargate-shared-with-eks',
    page: '/docs/ecs/quotas/',
    service: 'both',
    scenario:
      'In one AWS account and Region, a data team scales a large Amazon EKS workload on Fargate. Shortly after, a different team’s Amazon ECS services on Fargate start failing to launch new tasks, although their own task counts have not changed. What is the most likely cause?',
    choose: 1,
    options: [
      {
        text: 'EKS pods on Fargate and ECS tasks on Fargate count against the same Fargate concurrent-task quota, which the EKS workload has used up.',
        correct: true,
        explanation:
          'Fargate concurrent-task quotas are per account and Region and are shared between ECS tasks and EKS pods, so the fix is a quota increase or separating the workloads.',
      },
      {
        text: 'The ECS services reached the limit of 10 containers per task definition.',
        correct: false,
        explanation:
          'That limit applies when a task definition is registered and doesn’t change with the number of running tasks.',
      },
      {
        text: 'The ECS cluster reached its limit of 5,000 EC2 container instances.',
        correct: false,
        explanation:
          'Fargate tasks don’t run on container instances you register, so that quota doesn’t apply here.',
      },
      {
        text: 'The ECS cluster reached its limit of 20 capacity providers.',
        correct: false,
        explanation:
          'The capacity provider quota limits how many providers a cluster can have, not how many tasks they launch, and nothing about the ECS cluster changed.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#fargate-quotas',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html',
  },
  {
    id: 'q-quotas-task-larger-than-fargate',
    page: '/docs/ecs/quotas/',
    service: 'ECS',
    scenario:
      'A genomics company has a single-container Linux job that needs 32 vCPU and 200 GB of memory in one task. The company uses Amazon ECS and wants the least operational overhead, without patching hosts itself. Where should it run the task?',
    choose: 1,
    options: [
      {
        text: 'On AWS Fargate with the largest task size and Linux platform version 1.4.0.',
        correct: false,
        explanation:
          'The largest Fargate task is 16 vCPU and 120 GB, which is below what the job needs.',
      },
      {
        text: 'On the EC2 launch type with a self-managed Auto Scaling group of large instances.',
        correct: false,
        explanation:
          'EC2 tasks can be large enough, but the company would have to patch the instances and manage AMIs, which it wants to avoid.',
      },
      {
        text: 'On AWS Fargate using a Windows task, which allows larger sizes.',
        correct: false,
        explanation:
          'Windows tasks on Fargate are limited to 1 to 4 vCPU, so they are smaller, not larger.',
      },
      {
        text: 'On an ECS Managed Instances capacity provider that selects a large enough EC2 instance type.',
        correct: true,
        explanation:
          'Managed Instances offer EC2 instance sizes beyond Fargate’s limit, while AWS provisions, scales and patches the hosts.',
      },
    ],
    learnMore: '/docs/ecs/quotas/#task-size-limits',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html',
  },

  // ---------------------------------------------------------------- anywhere-managed-instances
  {
    id: 'q-anywhere-on-premises-ecs',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A manufacturer already runs its cloud workloads on Amazon ECS. Because of data residency rules, a data-processing container must now also run on servers in the company’s own factory. The operations team wants to manage those containers with the same ECS API, task definitions and tools it uses in AWS. What should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Install EKS Anywhere on the factory servers and convert the task definitions to Kubernetes manifests.',
        correct: false,
        explanation:
          'EKS Anywhere runs Kubernetes clusters on customer hardware, so the team would switch orchestrators instead of keeping its ECS API and task definitions.',
      },
      {
        text: 'Register the factory servers with AWS Systems Manager and the ECS cluster as external instances, and run the tasks with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere runs ECS tasks on your own servers and VMs while the control plane stays in AWS, so the same API and task definitions apply.',
      },
      {
        text: 'Add an ECS Managed Instances capacity provider that points at the factory servers.',
        correct: false,
        explanation:
          'Managed Instances are EC2 instances that AWS launches in the Region on your behalf; they can’t use servers in your own building.',
      },
      {
        text: 'Join the factory servers to an Amazon EKS cluster as EKS Hybrid Nodes.',
        correct: false,
        explanation:
          'Hybrid Nodes join on-premises machines to an EKS cluster, which again means moving the workload from ECS to Kubernetes.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-anywhere-capabilities-and-limits',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A retail chain is evaluating Amazon ECS Anywhere for servers in its stores, some running Linux and some running Windows. The architect must brief the team on what the design can and can’t do. Which two statements about ECS Anywhere are correct? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'ECS Anywhere can register the store servers behind an Application Load Balancer in the Region, like EC2 tasks.',
        correct: false,
        explanation:
          'ECS Anywhere does not support Elastic Load Balancing, so ECS can’t put an ALB or NLB in front of tasks on external instances.',
      },
      {
        text: 'Only the Linux servers can be used, because ECS Anywhere does not support Windows.',
        correct: false,
        explanation:
          'ECS Anywhere supports Windows external instances as well as Linux, since March 2022.',
      },
      {
        text: 'ECS Anywhere suits workloads that mostly send traffic out or process data locally, because tasks on external instances can’t use Elastic Load Balancing.',
        correct: true,
        explanation:
          'Without load balancer integration, ECS Anywhere fits outbound and data-processing work better than public inbound services.',
      },
      {
        text: 'The ECS control plane is installed on one of the store servers and syncs with AWS.',
        correct: false,
        explanation:
          'With ECS Anywhere the control plane stays in the AWS Region; only the tasks run on your hardware.',
      },
      {
        text: 'Each server is registered through AWS Systems Manager and joins the cluster as an external instance that runs tasks with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere hosts are registered with Systems Manager, appear as external instances, and take tasks launched with the `EXTERNAL` launch type.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere-support',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-anywhere-managed-instances-gpu',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A company wants to run GPU-based inference containers on Amazon ECS. The small platform team does not want to choose AMIs, patch hosts or manage an Auto Scaling group. Which solution meets these requirements with the least operational overhead?',
    choose: 1,
    options: [
      {
        text: 'Run the tasks on AWS Fargate and set the `gpu` parameter in the task definition.',
        correct: false,
        explanation:
          'Fargate task definitions reject the `gpu` parameter; AWS closed the Fargate GPU roadmap request in December 2025 and pointed to Managed Instances instead.',
      },
      {
        text: 'Run the tasks on the EC2 launch type with an Auto Scaling group of GPU instances and an ECS GPU-optimized AMI.',
        correct: false,
        explanation:
          'This supports GPUs, but the team would patch the instances, manage AMIs and run the Auto Scaling group, which it wants to avoid.',
      },
      {
        text: 'Run the tasks on an ECS Managed Instances capacity provider that requests GPU instances.',
        correct: true,
        explanation:
          'Managed Instances let you ask for GPU attributes, and AWS provisions, scales and patches the EC2 instances, so the team manages no hosts.',
      },
      {
        text: 'Run the tasks on Fargate Spot, which offers GPU capacity at a discount.',
        correct: false,
        explanation:
          'Fargate Spot is the same Fargate platform on spare capacity, and Fargate has no GPUs.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#when-to-pick-managed-instances',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
] as const satisfies readonly Question[];
