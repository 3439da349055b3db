import type { Question } from './types';

/** Practice questions shown on /docs/ecs/task-networking/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-tasknet-awsvpc-per-task-security-groups',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'A bank runs a payments service and a reporting service as Amazon ECS tasks on the same fleet of EC2 Linux container instances. A new compliance rule says only the payments tasks may connect to the payments database, and the rule must be enforced with security groups. Which configuration meets this requirement?',
    exam: 'SAA',
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
    exam: 'SAA',
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
    exam: 'SAA',
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
] as const satisfies readonly Question[];
