import type { Question } from './types';

/** Practice questions shown on /docs/choosing/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-choosing-existing-kubernetes',
    page: '/docs/choosing/',
    service: 'EKS',
    scenario:
      'A company runs 60 microservices on a self-managed Kubernetes cluster in its data centre, deployed with Helm charts and a CNCF operator that manages its message broker. It wants to move to AWS with the fewest changes to its manifests and tooling. Which service should a solutions architect choose?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Amazon ECS on AWS Fargate, converting each Deployment into a task definition and service.',
        correct: false,
        explanation:
          'ECS has its own API, so every manifest and Helm chart would need rewriting and the Kubernetes operator would have nothing to run against.',
      },
      {
        text: 'ECS Anywhere on the existing data-centre servers.',
        correct: false,
        explanation:
          'ECS Anywhere still uses the ECS API, so it needs the same rewrite, and it leaves the workloads in the data centre instead of moving them to AWS.',
      },
      {
        text: 'Amazon EKS.',
        correct: true,
        explanation:
          'EKS runs upstream Kubernetes that is certified conformant, so the existing manifests, Helm charts and operators move across with little rework.',
      },
      {
        text: 'AWS Lambda, with each microservice packaged as a container image.',
        correct: false,
        explanation:
          'Lambda runs images as functions with a 15-minute cap and exposes no Kubernetes API, so neither Helm nor the operator would work.',
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
          'ECS on Fargate has supported one EBS volume per task since January 2024, but pods on EKS Fargate can’t mount EBS volumes and must use EFS.',
      },
      {
        text: 'Persistent storage on Amazon EFS.',
        correct: false,
        explanation:
          'EFS works on Fargate under both orchestrators (statically provisioned on EKS), so this survives the move.',
      },
      {
        text: 'Per-second billing for the vCPU and memory that each task or pod requests.',
        correct: false,
        explanation:
          'Fargate bills ECS tasks and EKS pods in the same way and at the same rates.',
      },
      {
        text: 'Running each task or pod inside its own isolation boundary.',
        correct: false,
        explanation:
          'Fargate isolates every ECS task and every EKS pod in its own boundary, so nothing changes here.',
      },
      {
        text: 'Running interruptible work on Fargate Spot.',
        correct: true,
        explanation:
          'Fargate Spot exists only for ECS; EKS doesn’t support it, so Spot savings on EKS have to come from EC2 nodes such as Spot managed node groups.',
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
      'A SaaS provider must give each of its 200 customers an isolated container cluster. The workloads are simple web services, nobody on the team uses Kubernetes, and finance wants the lowest fixed cost for the clusters themselves. Which approach is the most cost-effective?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'One Amazon EKS cluster per customer, running its pods on Fargate.',
        correct: false,
        explanation:
          'Every EKS cluster is billed by the hour ($0.10 per cluster-hour in standard support), so 200 clusters carry a large fixed fee before any workload runs.',
      },
      {
        text: 'One Amazon EKS cluster per customer with EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode takes over node management but keeps the per-cluster charge and adds a management fee for each instance on top of the EC2 price.',
      },
      {
        text: 'One Amazon EKS cluster per customer, with the upgrade policy set to `STANDARD` so that no control-plane fee applies.',
        correct: false,
        explanation:
          'The `STANDARD` policy only keeps clusters out of extended support at $0.60 per cluster-hour; the $0.10 standard-support fee is still charged.',
      },
      {
        text: 'One Amazon ECS cluster per customer, with the services on AWS Fargate.',
        correct: true,
        explanation:
          'ECS charges nothing for clusters or its control plane, so the provider pays only for the Fargate capacity each customer’s tasks use.',
      },
    ],
    learnMore: '/docs/choosing/#cost',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing',
  },
] as const satisfies readonly Question[];
