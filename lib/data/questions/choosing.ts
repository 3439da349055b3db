import type { Question } from './types';

/** Practice questions shown on /docs/choosing/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-choosing-existing-kubernetes',
    page: '/docs/choosing/',
    service: 'EKS',
    scenario:
      'A company runs 60 microservices in its data centre. They are deployed with Helm charts, and an operator watches custom resources to manage the message broker. The company wants to move to AWS this quarter, keep its deployment tooling unchanged, and stop operating control-plane servers itself. Which option meets all three goals?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Amazon ECS on AWS Fargate, with a script that converts each Helm chart into task definitions.',
        correct: false,
        explanation:
          'ECS has its own API with no custom resources, so the operator would have nothing to watch and the Helm-based tooling would be replaced, not kept.',
      },
      {
        text: 'Amazon EKS, installing the same Helm charts and operator.',
        correct: true,
        explanation:
          'EKS runs conformant upstream Kubernetes with an AWS-operated control plane, so the charts and the operator work unchanged and nobody runs control-plane servers.',
      },
      {
        text: 'Self-managed Kubernetes on Amazon EC2 instances, built with kubeadm.',
        correct: false,
        explanation:
          'The tooling would carry over, but the company would still install, patch and back up the control plane itself, which it wants to stop doing.',
      },
      {
        text: 'EKS Anywhere on the existing data-centre servers.',
        correct: false,
        explanation: 'EKS Anywhere keeps the clusters, control plane included, on the company’s own hardware, so nothing moves to AWS.',
      },
    ],
    learnMore: '/docs/choosing/#when-eks',
    source: 'https://docs.aws.amazon.com/eks/latest/best-practices/control-plane.html',
  },
  {
    id: 'q-choosing-ecs-to-eks-fargate-gaps',
    page: '/docs/choosing/',
    service: 'both',
    scenario:
      'A platform team runs Linux workloads on Amazon ECS with AWS Fargate and is evaluating a move to Amazon EKS with Fargate profiles. Some tasks attach their own EBS volume, and a batch fleet runs on the `FARGATE_SPOT` capacity provider. Which two capabilities would the team lose on EKS Fargate? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'An Amazon EBS volume attached to each task or pod.',
        correct: true,
        explanation:
          'ECS on Fargate has supported one EBS volume per task since January 2024, but pods on EKS Fargate can’t mount EBS volumes and use EFS instead.',
      },
      {
        text: 'Persistent storage on Amazon EFS.',
        correct: false,
        explanation: 'EFS works on Fargate under both orchestrators (statically provisioned on EKS), so this survives the move.',
      },
      {
        text: 'Per-second billing for the vCPU and memory that each task or pod requests.',
        correct: false,
        explanation: 'Fargate bills ECS tasks and EKS pods in the same way and at the same rates.',
      },
      {
        text: 'Running each task or pod inside its own isolation boundary.',
        correct: false,
        explanation: 'Fargate isolates every ECS task and every EKS pod in its own boundary, so nothing changes here.',
      },
      {
        text: 'Running interruptible work on Fargate Spot.',
        correct: true,
        explanation:
          'EKS doesn’t support Fargate Spot, so Spot savings on EKS have to come from EC2 Spot capacity, for example in managed node groups.',
      },
    ],
    learnMore: '/docs/choosing/#compute-next',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
  {
    id: 'q-choosing-many-clusters-cost',
    page: '/docs/choosing/',
    service: 'both',
    scenario:
      'A SaaS provider must give each of its 200 customers an isolated container cluster for compliance. The workloads are simple web services, nobody on the team uses Kubernetes, each cluster must survive an Availability Zone failure, and finance wants the lowest fixed cost for the clusters themselves. Which approach best meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'One Amazon EKS cluster per customer, running its pods on Fargate.',
        correct: false,
        explanation:
          'Every EKS cluster is billed by the hour, so 200 clusters carry a large fixed fee before any workload runs, and the team would need Kubernetes skills it lacks.',
      },
      {
        text: 'One Amazon EKS cluster per customer with EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode takes over node management, but every cluster still carries the hourly EKS charge, and the team still needs Kubernetes skills.',
      },
      {
        text: 'One Amazon EKS cluster per customer, with the upgrade policy set to `STANDARD` so that no control-plane fee applies.',
        correct: false,
        explanation:
          'The `STANDARD` policy only keeps clusters out of the more expensive extended support; the standard hourly fee is still charged.',
      },
      {
        text: 'One Amazon ECS cluster per customer, with each service on AWS Fargate spread across multiple Availability Zones.',
        correct: true,
        explanation:
          'ECS charges nothing for clusters or orchestration, so the provider pays only for the Fargate capacity each customer uses, and spreading tasks over several AZs covers the zone-failure requirement.',
      },
    ],
    learnMore: '/docs/choosing/#cost',
    source: 'https://aws.amazon.com/ecs/pricing/',
  },
  {
    id: 'q-choosing-hybrid-disconnected-sites',
    page: '/docs/choosing/',
    service: 'EKS',
    scenario:
      'A retailer runs Kubernetes workloads in 300 stores. Store networks lose their WAN link for hours at a time, and the point-of-sale applications must keep being scheduled and restarted during those outages. Headquarters wants an AWS-supported Kubernetes distribution on the store servers and already uses Amazon EKS in the cloud. Which option meets the requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Join the store servers to a cloud EKS cluster as EKS Hybrid Nodes.',
        correct: false,
        explanation:
          'Hybrid Nodes keeps the control plane in an AWS Region and needs private connectivity to it, so scheduling would depend on the WAN links that keep failing.',
      },
      {
        text: 'Run EKS Anywhere clusters on the store servers.',
        correct: true,
        explanation:
          'EKS Anywhere puts the whole cluster, control plane included, on local hardware and is designed to operate independently of AWS services, so stores keep working while disconnected.',
      },
      {
        text: 'Register the store servers with ECS Anywhere.',
        correct: false,
        explanation: 'ECS Anywhere also keeps the control plane in AWS, and it would mean leaving Kubernetes for the ECS API.',
      },
      {
        text: 'Run the workloads on EKS with Fargate in the nearest AWS Region and route store traffic to it.',
        correct: false,
        explanation: 'Moving the applications to the Region makes every store depend on the WAN link, which is exactly what fails.',
      },
    ],
    learnMore: '/docs/choosing/#hybrid',
    source: 'https://github.com/aws/eks-anywhere',
  },
  {
    id: 'q-choosing-hybrid-windows-hosts',
    page: '/docs/choosing/',
    service: 'both',
    scenario:
      'A manufacturer’s plant has Windows Server 2022 machines that must host Windows containers for a quality-control system. Scheduling must be driven from an AWS Region, with no cluster control plane in the plant. Which option supports these hosts?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Register the plant’s Windows servers with ECS Anywhere and run the containers with the `EXTERNAL` launch type.',
        correct: true,
        explanation: 'ECS Anywhere supports Windows Server hosts as external instances while the ECS control plane stays in the Region.',
      },
      {
        text: 'Join the plant’s Windows servers to an EKS cluster as EKS Hybrid Nodes.',
        correct: false,
        explanation:
          'The operating systems AWS validates for Hybrid Nodes are all Linux (Amazon Linux 2023, Ubuntu, RHEL and Bottlerocket on vSphere), so Windows hosts are not an option.',
      },
      {
        text: 'Run EKS Anywhere on the plant’s servers.',
        correct: false,
        explanation:
          'EKS Anywhere runs the control plane in the plant, which the requirement rules out, and it would mean adopting Kubernetes alongside ECS.',
      },
      {
        text: 'Run the containers on ECS Managed Instances in the Region and connect the plant over AWS Direct Connect.',
        correct: false,
        explanation: 'Managed Instances runs on EC2 in the Region, not on the plant’s servers, and it runs Linux containers only.',
      },
    ],
    learnMore: '/docs/choosing/#hybrid',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-os.html',
  },
] as const satisfies readonly Question[];
