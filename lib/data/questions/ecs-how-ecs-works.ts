import type { Question } from './types';

/** Practice questions shown on /docs/ecs/how-ecs-works/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-howecs-service-replaces-failed-tasks',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A logistics company starts its order-import worker on AWS Fargate with a nightly `RunTask` call. Last week the container crashed after an hour and nothing ran until an engineer noticed the next morning. The worker only polls an Amazon SQS queue, and three copies should now be running around the clock. What should a solutions architect do with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Keep `RunTask`, and add an Amazon EventBridge rule that calls it again every five minutes with a count of 3.',
        correct: false,
        explanation:
          'Each call starts three more tasks whether or not the earlier ones are still running, so the count drifts. The company would be writing its own scheduler.',
      },
      {
        text: 'Create an Amazon ECS service for the worker with a desired count of 3 and no load balancer.',
        correct: true,
        explanation:
          'A service keeps its desired count and starts a new task whenever one stops or fails its health check. A worker that takes no inbound traffic needs no load balancer.',
      },
      {
        text: 'Create an Amazon ECS service with a desired count of 3 behind an Application Load Balancer, so that the load balancer health check can restart crashed tasks.',
        correct: false,
        explanation:
          'A load balancer is optional for a service. The service scheduler already replaces stopped tasks, so an ALB in front of a queue poller only adds cost.',
      },
      {
        text: 'Create an Amazon ECS service for the worker that uses the DAEMON scheduling strategy on Fargate.',
        correct: false,
        explanation: 'DAEMON runs one task per container instance, has no desired count, and Fargate tasks don’t support it.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#service',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html',
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
        text: 'Create one Network Load Balancer with a listener per service and route by URL path.',
        correct: false,
        explanation:
          'A Network Load Balancer works at layer 4 and can’t read URL paths, so it can’t route `/search` and `/video` to different services.',
      },
      {
        text: 'Create one Classic Load Balancer and register all eight services with it.',
        correct: false,
        explanation:
          'The Classic Load Balancer is legacy, is limited to one per service and can’t be used by services whose tasks run in awsvpc mode, which includes all Fargate tasks.',
      },
      {
        text: 'Create a separate Application Load Balancer for each ECS service and route between them with Amazon Route 53 records.',
        correct: false,
        explanation:
          'This works but pays for eight load balancers where one ALB with path rules does the same job, so it is not the most cost-effective choice.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
  },
  {
    id: 'q-howecs-multiple-target-groups',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A payments company runs an API as one Amazon ECS service on AWS Fargate. Partners must reach it through an internet-facing Application Load Balancer, and internal batch systems must reach the same containers through an internal Network Load Balancer on a different port. The team wants one set of tasks to deploy and scale, with the least duplication. What should a solutions architect recommend?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run a second ECS service from the same task definition for the internal traffic, each service behind its own load balancer.',
        correct: false,
        explanation: 'It works, but it doubles the services to deploy and scale, which the team wants to avoid.',
      },
      {
        text: 'Put the Network Load Balancer in front of the Application Load Balancer and register only the ALB target group with the service.',
        correct: false,
        explanation:
          'Chaining load balancers adds a hop and cost, and it does not expose the second container port that the internal systems use.',
      },
      {
        text: 'Define two entries in the service’s `loadBalancers` list, one for an ALB target group and one for an NLB target group, both of the IP type.',
        correct: true,
        explanation:
          'An ECS service behind ALBs or NLBs can register with up to five target groups, so the same tasks serve both load balancers and ports. Fargate tasks need IP-type target groups.',
      },
      {
        text: 'Use a Gateway Load Balancer, which can forward both HTTP and internal TCP traffic to the same target group.',
        correct: false,
        explanation:
          'A Gateway Load Balancer sends traffic through virtual appliances such as firewalls; it is not a way to expose an API on two endpoints.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/register-multiple-targetgroups.html',
  },
  {
    id: 'q-howecs-gwlb-inspection',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A security team packages a third-party intrusion prevention appliance as a container image and wants to run it on Amazon ECS so that it scales with traffic. All traffic entering the VPC must pass through the appliances transparently, and each appliance must see the original packets, not a proxied connection. Which design meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run the appliances as an ECS service in the awsvpc network mode behind a Gateway Load Balancer, and route inbound traffic through Gateway Load Balancer endpoints.',
        correct: true,
        explanation:
          'A Gateway Load Balancer forwards IP packets to virtual appliances and keeps flows on the same target, and ECS services can register with it when their tasks use the awsvpc network mode.',
      },
      {
        text: 'Run the appliances as an ECS service behind an Application Load Balancer with an HTTPS listener.',
        correct: false,
        explanation:
          'An ALB terminates connections and works only for HTTP and HTTPS, so the appliances would never see the original packets of other protocols.',
      },
      {
        text: 'Run the appliances as an ECS service in the bridge network mode behind a Gateway Load Balancer with instance-type targets.',
        correct: false,
        explanation: 'ECS does not support Gateway Load Balancers for services whose tasks use a network mode other than awsvpc.',
      },
      {
        text: 'Run the appliances as a DAEMON service so that every container instance inspects its own traffic.',
        correct: false,
        explanation:
          'A daemon on each container instance sees only that host’s traffic, not all traffic entering the VPC, and it does not scale with traffic.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/glb.html',
  },
  {
    id: 'q-howecs-nlb-udp-game-server',
    page: '/docs/ecs/how-ecs-works/',
    service: 'ECS',
    scenario:
      'A gaming studio moves its multiplayer game servers to an Amazon ECS service on AWS Fargate. Players connect over UDP on port 7777, and the studio needs a single load balanced endpoint that scales to a very large number of connections. Which load balancer should the service use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An Application Load Balancer with a listener on port 7777.',
        correct: false,
        explanation:
          'Application Load Balancers route only HTTP and HTTPS traffic at layer 7, so they can’t carry the players’ UDP traffic.',
      },
      {
        text: 'A Network Load Balancer with a UDP listener and an IP-type target group.',
        correct: true,
        explanation:
          'Network Load Balancers route TCP and UDP traffic at layer 4 and handle very high connection rates; Fargate tasks register as IP targets.',
      },
      {
        text: 'A Classic Load Balancer with a TCP listener on port 7777.',
        correct: false,
        explanation:
          'The Classic Load Balancer is legacy and can’t be used by services whose tasks run in awsvpc mode, which includes every Fargate service.',
      },
      {
        text: 'A Gateway Load Balancer in front of the game servers.',
        correct: false,
        explanation:
          'A Gateway Load Balancer sends traffic through inspection appliances; it does not give players a public game endpoint.',
      },
    ],
    learnMore: '/docs/ecs/how-ecs-works/#load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
  },
] as const satisfies readonly Question[];
