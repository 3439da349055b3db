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
        explanation: 'A fixed host port can be held by only one task per instance, so the second copy would clash with the first.',
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
        explanation: 'Fargate supports only the `awsvpc` network mode, so bridge is not an option for these tasks.',
      },
      {
        text: 'Replace the Network Load Balancer with a Classic Load Balancer.',
        correct: false,
        explanation:
          'Classic Load Balancers are legacy and can’t be used by services whose tasks run in awsvpc mode, which includes every Fargate task.',
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
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/nlb.html',
  },
  {
    id: 'q-tasknet-eni-trunking-density',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'An insurer runs 40 small Amazon ECS services on EC2 c5.large container instances. Each service must keep its own security groups, so the tasks use the awsvpc network mode. CloudWatch shows the instances at 20% CPU and memory, yet new tasks stay PENDING until the Auto Scaling group adds instances. The insurer wants to cut the instance count without weakening network isolation. What should a solutions architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Switch the task definitions to the bridge network mode with dynamic host ports, and attach the security groups to the instances.',
        correct: false,
        explanation:
          'Bridge tasks share the instance’s network interface, so per-service security groups would be lost, which the insurer can’t accept.',
      },
      {
        text: 'Opt in to the `awsvpcTrunking` account setting and replace the container instances so that new ones launch with a trunk network interface.',
        correct: true,
        explanation:
          'Each awsvpc task needs an ENI, and a c5.large holds only three, so two tasks fit. With ENI trunking, newly launched instances of supported types get a trunk ENI and a c5.large can run ten awsvpc tasks.',
      },
      {
        text: 'Turn on prefix delegation so that each container instance receives /28 IP prefixes for its tasks.',
        correct: false,
        explanation:
          'Prefix delegation is a feature of the Amazon VPC CNI plugin for Kubernetes on EKS; ECS tasks in awsvpc mode are limited by ENIs, not by IP addresses per ENI.',
      },
      {
        text: 'Move to larger instance types and lower the capacity provider’s target capacity so that more room is kept free.',
        correct: false,
        explanation:
          'More spare room does not help when the ENI limit, not CPU or memory, blocks placement, and larger instances raise cost instead of cutting it.',
      },
    ],
    learnMore: '/docs/ecs/task-networking/#eni-trunking',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html',
  },
  {
    id: 'q-tasknet-fargate-public-ip-image-pull',
    page: '/docs/ecs/task-networking/',
    service: 'ECS',
    scenario:
      'A start-up launches its first Amazon ECS task on AWS Fargate in a public subnet of a new VPC. The subnet’s route table points 0.0.0.0/0 at an internet gateway, there is no NAT gateway, and the image is on a public registry. The task stops with an error saying the image could not be pulled. What is the most likely fix?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Attach an IAM policy for Amazon ECR to the task role.',
        correct: false,
        explanation:
          'The image is on a public registry, so no IAM permission is missing, and the task role is for the application code in any case.',
      },
      {
        text: 'Change the task definition’s network mode to bridge so that the task uses the subnet’s internet gateway.',
        correct: false,
        explanation: 'Fargate tasks support only the awsvpc network mode.',
      },
      {
        text: 'Add a security group rule that allows inbound HTTPS to the task.',
        correct: false,
        explanation: 'The pull is an outbound connection; inbound rules don’t give the task a route to the registry.',
      },
      {
        text: 'Set `assignPublicIp` to `ENABLED` in the service’s network configuration.',
        correct: true,
        explanation:
          'A Fargate task in a public subnet reaches the internet only if its ENI has a public IP address. Without one, and without a NAT gateway or VPC endpoints, it can’t pull its image.',
      },
    ],
    learnMore: '/docs/ecs/task-networking/#fargate-networking',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
  },
] as const satisfies readonly Question[];
