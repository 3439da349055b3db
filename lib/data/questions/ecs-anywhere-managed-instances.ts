import type { Question } from './types';

/** Practice questions shown on /docs/ecs/anywhere-managed-instances/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-anywhere-on-premises-ecs',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A manufacturer already runs its cloud workloads on Amazon ECS. Because of data residency rules, a data-processing container must now also run on servers in the company’s own factory. The operations team wants to manage those containers with the same ECS API, task definitions and tools it uses in AWS. What should a solutions architect recommend?',
    exam: 'SAA',
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
    exam: 'SAA',
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
        explanation: 'ECS Anywhere supports Windows external instances as well as Linux, since March 2022.',
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
        explanation: 'With ECS Anywhere the control plane stays in the AWS Region; only the tasks run on your hardware.',
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
    id: 'q-anywhere-inbound-plant-dashboard',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A manufacturer must keep a quality-control web dashboard and its data on servers inside each plant, reachable over HTTPS from the plant network. It wants to manage the containers from Amazon ECS like its cloud workloads, reuse the existing servers and the hardware load balancer each plant already owns, and avoid buying new hardware. Which design meets these requirements at the lowest cost?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Register the servers as ECS Anywhere external instances, run the tasks in `awsvpc` mode, and register them as IP targets of an Application Load Balancer in the Region over AWS Direct Connect.',
        correct: false,
        explanation:
          'ECS Anywhere supports neither the `awsvpc` network mode nor service load balancing, so ECS can’t register these tasks with an ALB.',
      },
      {
        text: 'Order an AWS Outposts rack for each plant and run the service on the Outpost behind an Application Load Balancer.',
        correct: false,
        explanation:
          'This keeps data on site and supports an ALB, but it means buying new AWS-owned hardware for every plant, the opposite of reusing servers.',
      },
      {
        text: 'Register the servers as ECS Anywhere external instances, run the tasks in `bridge` mode on fixed host ports, and point the plant’s existing load balancer at those ports.',
        correct: true,
        explanation:
          'ECS Anywhere runs the tasks on the existing servers under the ECS API; because it offers no Elastic Load Balancing, the plant’s own load balancer spreads the inbound traffic.',
      },
      {
        text: 'Run the dashboard on AWS Fargate in the nearest Region behind an ALB and connect the plants with Site-to-Site VPN.',
        correct: false,
        explanation: 'The data and dashboard must stay inside each plant, so running them in a Region breaks the main requirement.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere-support',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-managed-instances-ebpf-agent',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'A company runs many small Amazon ECS services on AWS Fargate. Its security team now requires a network-monitoring sensor that needs the `NET_ADMIN` and `SYS_ADMIN` Linux capabilities and should run once per host rather than beside every task. The platform team of two refuses to patch AMIs or manage Auto Scaling groups. Which approach meets these requirements with the least operational overhead?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Add the sensor as a sidecar container to every Fargate task definition with the two capabilities in `linuxParameters`.',
        correct: false,
        explanation: 'On Fargate the only capability you can add is `SYS_PTRACE`, and a sidecar per task is what the team wants to avoid.',
      },
      {
        text: 'Move the services to an ECS Managed Instances capacity provider with the capabilities allowed, and run the sensor as a Managed Daemon.',
        correct: true,
        explanation:
          'Managed Instances can grant Linux capabilities such as `NET_ADMIN` and `SYS_ADMIN`, Managed Daemons run one agent task per instance, and AWS patches and replaces the hosts.',
      },
      {
        text: 'Move the services to an EC2 Auto Scaling group capacity provider and run the sensor as a DAEMON service.',
        correct: false,
        explanation:
          'This works technically, but the team would own the AMIs, patching and the Auto Scaling group, which it refuses to do.',
      },
      {
        text: 'Set `privileged` to true in the Fargate task definitions so that the sensor gets full access to the host network.',
        correct: false,
        explanation: '`privileged` is not a valid parameter for Fargate tasks.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#when-to-pick-managed-instances',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
  {
    id: 'q-managed-instances-ec2-quota',
    page: '/docs/ecs/anywhere-managed-instances/',
    service: 'ECS',
    scenario:
      'During a sales event, an Amazon ECS service that uses an ECS Managed Instances capacity provider stops scaling out: new tasks stay pending because no new instances are launched, and the logs show a capacity limit error. The ECS service quotas are far from their limits. Which quota should the team ask to raise?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The ECS quota for container instances per cluster.',
        correct: false,
        explanation: 'Managed Instances have no separate ECS instance quota, and the team already checked the ECS quotas.',
      },
      {
        text: 'The Fargate On-Demand vCPU quota.',
        correct: false,
        explanation: 'Managed Instances run on EC2 instances, not on Fargate, so Fargate quotas don’t apply.',
      },
      {
        text: 'The Amazon EC2 On-Demand instance quota for the instance families being launched.',
        correct: true,
        explanation:
          'Managed Instances count against the account’s EC2 On-Demand instance quotas, while the services stay subject to ECS quotas.',
      },
      {
        text: 'The Auto Scaling group maximum capacity of the capacity provider.',
        correct: false,
        explanation: 'Managed Instances don’t use an Auto Scaling group that you own; AWS launches the instances directly.',
      },
    ],
    learnMore: '/docs/ecs/anywhere-managed-instances/#managed-instances-pricing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html',
  },
] as const satisfies readonly Question[];
