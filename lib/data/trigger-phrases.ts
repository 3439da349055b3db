/**
 * Phrases in an exam question that point to an answer, each linked to the section that explains why.
 * Every link must name a section that exists.
 */
export interface TriggerPhrase {
  phrase: string;
  answer: string;
  link: string;
}

export const TRIGGER_PHRASES = [
  {
    phrase: 'Serverless containers; lowest operational overhead for containers',
    answer: 'Amazon ECS on AWS Fargate (not the EC2 launch type; Lambda only for short event-driven code)',
    link: '/docs/choosing/#when-ecs',
  },
  {
    phrase: 'Simplest way for a new customer to deploy a containerized web app or API (2026)',
    answer: 'Amazon ECS Express Mode if it is offered, otherwise ECS on Fargate; AWS App Runner no longer accepts new customers',
    link: '/docs/simple-options/#ecs-express-mode',
  },
  {
    phrase: 'Event-driven job packaged as a container image that finishes within 15 minutes',
    answer: 'AWS Lambda with a container image (up to 10 GB)',
    link: '/docs/simple-options/#lambda-container-images',
  },
  {
    phrase: 'A task needs more than 16 vCPU or 120 GB of memory',
    answer: 'EC2 capacity (EC2 launch type or ECS Managed Instances), not Fargate',
    link: '/docs/compute-options/#fargate-task-sizes',
  },
  {
    phrase: 'Least privilege for the application code in a container (ECS)',
    answer: 'The task role, not the execution role or the instance role',
    link: '/docs/ecs/security-operations/#task-role-vs-execution-role',
  },
  {
    phrase: 'Least privilege for a pod (EKS)',
    answer: 'EKS Pod Identity or IAM roles for service accounts (IRSA; the option for pods on Fargate)',
    link: '/docs/eks/identity-access/#pod-identity',
  },
  {
    phrase: 'ECS must pull a private image or read a secret at start-up',
    answer: 'The task execution role',
    link: '/docs/ecs/security-operations/#task-role-vs-execution-role',
  },
  {
    phrase: 'Already runs Kubernetes; needs Helm charts or the CNCF ecosystem; portability',
    answer: 'Amazon EKS',
    link: '/docs/choosing/#when-eks',
  },
  {
    phrase: 'Each task needs its own security group or IP address',
    answer: 'The awsvpc network mode (one ENI per task)',
    link: '/docs/ecs/task-networking/#awsvpc-mode',
  },
  {
    phrase: 'Many copies of a task on one EC2 instance behind a load balancer',
    answer: 'Bridge mode with dynamic host port mapping',
    link: '/docs/ecs/task-networking/#bridge-mode',
  },
  {
    phrase: 'One copy of an agent on every host',
    answer: 'The ECS DAEMON scheduling strategy or a Kubernetes DaemonSet (not Fargate)',
    link: '/docs/ecs/scheduling-placement/#daemon',
  },
  {
    phrase: 'Containers need GPUs with no hosts to patch',
    answer: 'ECS Managed Instances (if offered) or EKS Auto Mode; Fargate has no GPUs',
    link: '/docs/compute-options/#gpu',
  },
  {
    phrase: 'Interruption-tolerant tasks at the lowest price (ECS)',
    answer: 'Fargate Spot (Linux x86 or ARM), with a base on regular Fargate',
    link: '/docs/ecs/scaling-capacity/#fargate-spot',
  },
  {
    phrase: 'Persistent block storage for a Fargate task',
    answer: 'An EBS volume attached to the ECS task (since January 2024)',
    link: '/docs/ecs/storage/#ebs-on-fargate',
  },
  { phrase: 'Shared file storage across tasks or pods', answer: 'Amazon EFS', link: '/docs/ecs/storage/#efs' },
  {
    phrase: 'Run ECS tasks on your own servers on premises',
    answer: 'ECS Anywhere (EXTERNAL launch type)',
    link: '/docs/choosing/#hybrid',
  },
  {
    phrase: 'On-premises Linux machines joined to a cloud EKS cluster',
    answer: 'EKS Hybrid Nodes (EKS Anywhere runs whole clusters on your infrastructure, even when disconnected)',
    link: '/docs/choosing/#hybrid',
  },
  {
    phrase: 'Service-to-service traffic management that replaced App Mesh',
    answer: 'ECS Service Connect on ECS; Amazon VPC Lattice or Istio on EKS',
    link: '/docs/integrations/#app-mesh-end-of-support',
  },
  {
    phrase: 'Fast, right-sized node provisioning for EKS',
    answer: 'Karpenter, or EKS Auto Mode for the least work',
    link: '/docs/eks/scaling/#karpenter',
  },
  {
    phrase: 'Grant IAM principals cluster access without editing aws-auth',
    answer: 'EKS access entries',
    link: '/docs/eks/identity-access/#access-entries',
  },
  {
    phrase: 'Pull images from private subnets with no NAT gateway',
    answer: 'ECR interface endpoints (ecr.api, ecr.dkr) plus the S3 gateway endpoint',
    link: '/docs/ecr/#vpc-endpoints',
  },
  {
    phrase: 'Continuous vulnerability scanning of images',
    answer: 'ECR enhanced scanning with Amazon Inspector',
    link: '/docs/ecr/#image-scanning',
  },
  {
    phrase: 'An EKS cluster on an old Kubernetes version costs six times more',
    answer: 'Extended support ($0.60 per cluster-hour); upgrade, or set the upgrade policy to STANDARD',
    link: '/docs/eks/lifecycle/#extended-support-cost',
  },
] as const satisfies readonly TriggerPhrase[];
