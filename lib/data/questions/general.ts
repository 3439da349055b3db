import type { Question } from './types';

export const questions = [
  // ---------------------------------------------------------------- /docs/ (overview)
  {
    id: 'q-overview-app-mesh-replacements',
    page: '/docs/',
    service: 'both',
    scenario:
      'A retailer is designing service-to-service networking for a new platform where some teams deploy to Amazon ECS and others to Amazon EKS. The architect’s draft reuses a 2023 design that put AWS App Mesh under both. Which replacements should the architect choose? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'Keep AWS App Mesh for both orchestrators, because only new customers were turned away and existing meshes keep working.',
        correct: false,
        explanation:
          'App Mesh reached end of support on 30 September 2026 and its console and resources are gone, so it has no place in a new design.',
      },
      {
        text: 'Use Amazon ECS Service Connect for the ECS services.',
        correct: true,
        explanation:
          'Service Connect is the App Mesh successor on ECS: on top of a Cloud Map namespace it injects a managed proxy that gives short-name discovery, retries, outlier detection and CloudWatch metrics.',
      },
      {
        text: 'Use ECS Service Connect for the EKS workloads too, so that both teams share one mechanism.',
        correct: false,
        explanation:
          'Service Connect is configured on ECS services and task definitions; inside EKS, discovery is CoreDNS, and across clusters it is VPC Lattice.',
      },
      {
        text: 'Use Amazon VPC Lattice through the AWS Gateway API Controller for the EKS workloads.',
        correct: true,
        explanation:
          'VPC Lattice, driven by Kubernetes Gateway API objects via the AWS Gateway API Controller, links services across clusters, VPCs and accounts with no sidecars and is AWS’s recommended App Mesh replacement on EKS.',
      },
      {
        text: 'Register every service in AWS Cloud Map and let clients resolve plain DNS names, which gives the same retries and traffic metrics as a mesh.',
        correct: false,
        explanation:
          'DNS-only Cloud Map discovery has no proxy in the request path, so it provides none of the retries, outlier detection or metrics the design calls for.',
      },
    ],
    learnMore: '/docs/#app-mesh-end-of-support',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-vpc-lattice',
  },
  {
    id: 'q-overview-ecs-anywhere-on-prem',
    page: '/docs/',
    service: 'ECS',
    scenario:
      'A media company runs its cloud workloads on Amazon ECS. It must also run a nightly transcoding container on servers in its own data centre; the job only makes outbound connections. The company wants AWS to run the control plane and does not want to adopt Kubernetes. What should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Install EKS Anywhere on the servers and run the job as a Kubernetes CronJob.',
        correct: false,
        explanation:
          'EKS Anywhere puts the whole Kubernetes control plane on the company’s hardware and means adopting Kubernetes, both of which the requirements exclude.',
      },
      {
        text: 'Register the servers as container instances for the `EC2` launch type and schedule the job as an ECS task.',
        correct: false,
        explanation:
          'The `EC2` launch type places tasks on EC2 instances; servers outside AWS run ECS tasks through the `EXTERNAL` launch type that ECS Anywhere provides.',
      },
      {
        text: 'Register the servers through AWS Systems Manager and use ECS Anywhere to run the job with the `EXTERNAL` launch type.',
        correct: true,
        explanation:
          'ECS Anywhere (generally available since May 2021) schedules ECS tasks on your own servers while the control plane stays in AWS, and its lack of Elastic Load Balancing is irrelevant to an outbound-only batch job.',
      },
      {
        text: 'Move the job into an AWS Region, because ECS can schedule tasks only on AWS infrastructure.',
        correct: false,
        explanation:
          'The idea that ECS is AWS-only is out of date: ECS Anywhere has run tasks on customer-owned servers since May 2021.',
      },
    ],
    learnMore: '/docs/#ecs-anywhere',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-anywhere.html',
  },
  {
    id: 'q-overview-eks-hybrid-nodes',
    page: '/docs/',
    service: 'EKS',
    scenario:
      'A manufacturer has an Amazon EKS cluster in eu-central-1 and AWS Direct Connect links to each factory. It wants machines on the factory floor to run pods as nodes of that existing cluster, so that one Kubernetes API manages both cloud and factory workloads. Which option meets this requirement?',
    choose: 1,
    options: [
      {
        text: 'EKS Hybrid Nodes, with node credentials from Systems Manager hybrid activations or IAM Roles Anywhere.',
        correct: true,
        explanation:
          'Hybrid Nodes (December 2024) joins on-premises or edge machines to an EKS cluster whose control plane stays in the Region; it needs private connectivity such as the Direct Connect links the company already has.',
      },
      {
        text: 'EKS Anywhere installed in each factory.',
        correct: false,
        explanation:
          'EKS Anywhere creates separate clusters, each with its own control plane on local hardware, so the factory machines would not become nodes of the cloud cluster.',
      },
      {
        text: 'ECS Anywhere with the `EXTERNAL` launch type.',
        correct: false,
        explanation:
          'ECS Anywhere extends Amazon ECS, not Kubernetes, so machines registered with it can’t join an EKS cluster or be driven through the Kubernetes API.',
      },
      {
        text: 'A Fargate profile whose selector matches the factory workloads’ namespace.',
        correct: false,
        explanation:
          'Fargate runs pods on AWS-managed capacity inside the Region; a profile only chooses which pods go there and can’t place them on the company’s own machines.',
      },
    ],
    learnMore: '/docs/#eks-anywhere-vs-hybrid-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-concepts.html',
  },

  // ---------------------------------------------------------------- /docs/core-concepts/
  {
    id: 'q-concepts-secrets-execution-role',
    page: '/docs/core-concepts/',
    service: 'ECS',
    scenario:
      'A Fargate task definition injects a database password through its `secrets` field, which references an AWS Secrets Manager ARN. New tasks stop before the application starts, reporting that the secret could not be retrieved. The application code never calls Secrets Manager itself. Which change fixes the problem while following least privilege?',
    choose: 1,
    options: [
      {
        text: 'Grant `secretsmanager:GetSecretValue` on the secret to the task role.',
        correct: false,
        explanation:
          'The task role covers calls the application makes once it is running; ECS resolves `secrets` values before any code starts, so this puts the permission on the wrong role.',
      },
      {
        text: 'Grant `secretsmanager:GetSecretValue` on the secret to the container instance role.',
        correct: false,
        explanation:
          'Fargate tasks have no container instances; that role only registers EC2 or external hosts with a cluster.',
      },
      {
        text: 'Attach the `SecretsManagerReadWrite` managed policy to the task execution role.',
        correct: false,
        explanation:
          'The execution role is the right place, but a policy granting write access to every secret is far broader than reading this one secret, so it fails the least-privilege requirement.',
      },
      {
        text: 'Grant `secretsmanager:GetSecretValue` on that one secret to the task execution role.',
        correct: true,
        explanation:
          'ECS and Fargate use the execution role to pull images, send `awslogs` output and fetch the secrets named in the task definition, so a read permission scoped to this secret is exactly what is missing.',
      },
    ],
    learnMore: '/docs/core-concepts/#task-role-vs-execution-role',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html',
  },
  {
    id: 'q-concepts-daemon-service',
    page: '/docs/core-concepts/',
    service: 'ECS',
    scenario:
      'A team moving from Kubernetes to Amazon ECS used a DaemonSet to run a monitoring agent on every node. Its ECS cluster now uses an EC2 Auto Scaling group capacity provider whose instance count changes through the day. How should the team keep exactly one agent task on every container instance with the least ongoing effort?',
    choose: 1,
    options: [
      {
        text: 'Create a service with the `REPLICA` strategy and set its desired count to the current number of instances.',
        correct: false,
        explanation:
          'A replica service doesn’t track the instance count, so someone must edit the desired count whenever the group scales, and nothing guarantees one task per instance.',
      },
      {
        text: 'Create a service with the `DAEMON` scheduling strategy on the EC2 capacity.',
        correct: true,
        explanation:
          'The `DAEMON` strategy is the ECS counterpart of a DaemonSet: ECS keeps one task on each active container instance, with no desired count to maintain as instances come and go.',
      },
      {
        text: 'Create a `DAEMON` service that uses the `CODE_DEPLOY` deployment controller for blue/green updates.',
        correct: false,
        explanation:
          'The `DAEMON` strategy can’t be combined with the `CODE_DEPLOY` or `EXTERNAL` deployment controllers, so this service can’t be created.',
      },
      {
        text: 'Create a `DAEMON` service on the `FARGATE` capacity provider so that the agent needs no hosts.',
        correct: false,
        explanation:
          'Fargate doesn’t support the `DAEMON` strategy; on Fargate an agent has to run as a sidecar container in each task.',
      },
    ],
    learnMore: '/docs/core-concepts/#daemon-service',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service-options.html',
  },
  {
    id: 'q-concepts-pod-identity-reuse',
    page: '/docs/core-concepts/',
    service: 'EKS',
    scenario:
      'A company runs 40 Amazon EKS clusters on Linux managed node groups and creates new clusters every month. A payments service in each cluster needs the same Amazon S3 permissions. The security team wants credentials scoped to that workload and does not want to edit the IAM role’s trust policy whenever a cluster is added. What should a solutions architect use?',
    choose: 1,
    options: [
      {
        text: 'Add the S3 permissions to the node group’s instance role.',
        correct: false,
        explanation:
          'Every pod scheduled on those nodes would inherit the instance role, so the permissions would not be limited to the payments service.',
      },
      {
        text: 'IAM roles for service accounts (IRSA), with an IAM OIDC provider for each cluster.',
        correct: false,
        explanation:
          'IRSA would work, but the role’s trust policy must name each cluster’s OIDC provider, so every new cluster means an edit, and an account allows only 100 OIDC providers by default.',
      },
      {
        text: 'EKS Pod Identity, with the Pod Identity Agent add-on and a role that trusts `pods.eks.amazonaws.com`.',
        correct: true,
        explanation:
          'Pod Identity needs no OIDC provider and uses the same trust principal in every cluster, so one role can be associated with the service account in each new cluster without touching its trust policy.',
      },
      {
        text: 'An ECS task role referenced from the payments pods.',
        correct: false,
        explanation:
          'Task roles are set in ECS task definitions; on EKS the workload-level equivalents are Pod Identity and IRSA.',
      },
    ],
    learnMore: '/docs/core-concepts/#task-role-vs-pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },

  // ---------------------------------------------------------------- /docs/compute-options/
  {
    id: 'q-compute-lowest-overhead-fargate',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A startup is containerising a chat server that holds WebSocket connections open for hours and must run around the clock behind an Application Load Balancer. The three-person team has no Kubernetes experience and wants the lowest operational overhead, with no servers, operating systems or cluster capacity to look after. Which solution should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Run the server as an Amazon ECS service on AWS Fargate.',
        correct: true,
        explanation:
          'Fargate is serverless compute for containers: the team sizes each task and AWS runs everything underneath, while the ECS service keeps the desired tasks running behind the ALB.',
      },
      {
        text: 'Package the server as a container image and run it on AWS Lambda.',
        correct: false,
        explanation:
          'Lambda does accept container images, but it runs them as functions that stop after at most 15 minutes, so it can’t host a process that holds connections for hours.',
      },
      {
        text: 'Run the server on Amazon ECS with the EC2 launch type and an Auto Scaling group capacity provider.',
        correct: false,
        explanation:
          'With the EC2 launch type the team patches instances, maintains AMIs and scales the Auto Scaling group, which is the work it wants to avoid.',
      },
      {
        text: 'Run the server on Amazon EKS with self-managed nodes.',
        correct: false,
        explanation:
          'EKS brings a per-cluster fee and Kubernetes skills the team lacks, and self-managed nodes are configured and updated by the team.',
      },
    ],
    learnMore: '/docs/compute-options/#fargate-vs-lambda',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'q-compute-ebs-on-fargate',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A company runs a report builder as Amazon ECS tasks on AWS Fargate. Each task must start with about 500 GiB of reference data restored from an Amazon EBS snapshot and needs block storage; the data can be thrown away when the task stops. The team wants to stay on Fargate. What should a solutions architect do?',
    choose: 1,
    options: [
      {
        text: 'Set `ephemeralStorage` to 500 GiB in the task definition and copy the data in at start-up.',
        correct: false,
        explanation:
          'Fargate ephemeral storage can be raised only as far as 200 GiB, so a 500 GiB request is not possible.',
      },
      {
        text: 'Move the tasks to the EC2 launch type, because Fargate tasks can use only Amazon EFS for persistent storage.',
        correct: false,
        explanation:
          'The EFS-only rule stopped being true for ECS in January 2024, and the EC2 launch type would add the host management the team wants to avoid.',
      },
      {
        text: 'Mount an Amazon EFS file system and copy the snapshot’s contents into it before each run.',
        correct: false,
        explanation:
          'EFS works on Fargate, but it is a shared file system rather than block storage and can’t be created from an EBS snapshot, so the team would have to build its own copy step.',
      },
      {
        text: 'Declare a volume with `configuredAtLaunch` in the task definition and pass an EBS `volumeConfigurations` entry with the snapshot ID when the service launches tasks.',
        correct: true,
        explanation:
          'Since January 2024 ECS can attach one managed EBS volume to each Fargate task, optionally created from a snapshot; `deleteOnTermination` defaults to true, which suits data that is discarded afterwards.',
      },
    ],
    learnMore: '/docs/compute-options/#ebs-on-fargate',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html',
  },
  {
    id: 'q-compute-gpu-managed-instances',
    page: '/docs/compute-options/',
    service: 'ECS',
    scenario:
      'A company serves a computer-vision model from containers on Amazon ECS and now needs NVIDIA GPUs for inference. The operations team does not want to choose AMIs, patch hosts or run Auto Scaling groups. Which compute option meets these requirements with the least operational overhead?',
    choose: 1,
    options: [
      {
        text: 'AWS Fargate, with the `gpu` parameter set in the task definition.',
        correct: false,
        explanation:
          'Fargate rejects the `gpu` parameter and offers no GPUs on ECS or EKS; AWS closed the Fargate GPU roadmap request in December 2025 without adding them.',
      },
      {
        text: 'Amazon ECS Managed Instances, with a GPU attribute on the capacity provider.',
        correct: true,
        explanation:
          'Managed Instances (September 2025) runs tasks on EC2 instances that AWS provisions, scales and patches, and lets you request GPUs as an attribute; AWS pointed to it as the way to get GPUs on fully managed ECS compute.',
      },
      {
        text: 'The EC2 launch type, with GPU instances in an Auto Scaling group capacity provider.',
        correct: false,
        explanation:
          'This does run GPU tasks, but the team would pick and patch the AMIs and operate the Auto Scaling group, which the requirements rule out.',
      },
      {
        text: 'AWS Fargate at the largest task size, 16 vCPU with 120 GB of memory.',
        correct: false,
        explanation:
          'A bigger Fargate task adds CPU and memory, not accelerators; no Fargate task size comes with a GPU.',
      },
    ],
    learnMore: '/docs/compute-options/#gpu',
    source: 'https://github.com/aws/containers-roadmap/issues/88',
  },

  // ---------------------------------------------------------------- /docs/choosing/
  {
    id: 'q-choosing-existing-kubernetes',
    page: '/docs/choosing/',
    service: 'EKS',
    scenario:
      'A company runs 60 microservices on a self-managed Kubernetes cluster in its data centre, deployed with Helm charts and a CNCF operator that manages its message broker. It wants to move to AWS with the fewest changes to its manifests and tooling. Which service should a solutions architect choose?',
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

  // ---------------------------------------------------------------- /docs/use-cases/
  {
    id: 'q-usecases-lambda-container-image',
    page: '/docs/use-cases/',
    service: 'both',
    scenario:
      'A company already builds a thumbnail generator as a 2 GB container image stored in Amazon ECR in us-east-1. The code runs for about 20 seconds whenever an object lands in an S3 bucket in the same Region, and uploads arrive unpredictably. Which option is the most cost-effective with the least operational overhead?',
    choose: 1,
    options: [
      {
        text: 'Run the image as an Amazon ECS service on AWS Fargate that polls the bucket for new objects.',
        correct: false,
        explanation:
          'An always-on service pays for the idle time between uploads and needs polling code; Fargate suits long-running services and jobs, not 20-second reactions to events.',
      },
      {
        text: 'Create an AWS Lambda function from the image in ECR and invoke it from S3 event notifications.',
        correct: true,
        explanation:
          'Lambda accepts container images of up to 10 GB from an ECR repository in the same Region, and a 20-second run sits comfortably inside its 15-minute limit.',
      },
      {
        text: 'Repackage the code as a .zip deployment package, because Lambda can’t run container images.',
        correct: false,
        explanation:
          'Lambda does run container images, up to 10 GB, so rebuilding the package is needless work.',
      },
      {
        text: 'Push the image to Docker Hub and point a Lambda function at it to avoid ECR storage charges.',
        correct: false,
        explanation:
          'A Lambda function’s image must come from an Amazon ECR repository in the function’s Region, so a Docker Hub image can’t be used directly.',
      },
    ],
    learnMore: '/docs/use-cases/#event-driven',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  },
  {
    id: 'q-usecases-fargate-spot-strategy',
    page: '/docs/use-cases/',
    service: 'ECS',
    scenario:
      'A company runs nightly data-processing tasks on Amazon ECS. Each task takes about 2 hours, checkpoints its progress and can be restarted if interrupted, but at least one task must always run on capacity that AWS can’t reclaim. The company wants the lowest cost without managing servers. Which configuration meets these requirements?',
    choose: 1,
    options: [
      {
        text: 'Package the job as an AWS Lambda container image and start it from an Amazon EventBridge schedule.',
        correct: false,
        explanation:
          'A Lambda invocation ends after 15 minutes at most, far short of a 2-hour task.',
      },
      {
        text: 'A capacity provider strategy that pairs `FARGATE_SPOT` with an Auto Scaling group capacity provider of On-Demand instances.',
        correct: false,
        explanation:
          'A single strategy may hold Fargate providers or Auto Scaling group providers but not both, and the Auto Scaling group would bring servers to manage.',
      },
      {
        text: 'Run every task on the `FARGATE` capacity provider.',
        correct: false,
        explanation:
          'This meets the always-on requirement but pays the full Fargate rate for work that tolerates interruption, while Fargate Spot runs at about 70% less.',
      },
      {
        text: 'A capacity provider strategy with `FARGATE` at a `base` of 1 and `FARGATE_SPOT` carrying the larger `weight`.',
        correct: true,
        explanation:
          'The base pins one task to regular Fargate, and the weight sends most of the others to Fargate Spot; checkpointing covers the 2-minute warning Spot gives before reclaiming a task.',
      },
    ],
    learnMore: '/docs/use-cases/#batch',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/ec2-and-fargate-spot.html',
  },
  {
    id: 'q-usecases-eks-gpu-auto-mode',
    page: '/docs/use-cases/',
    service: 'EKS',
    scenario:
      'A company runs its platform on Amazon EKS and is adding a model-inference service that needs GPUs. The small platform team does not want to choose AMIs, patch nodes or operate its own node autoscaler, and the service must stay on Kubernetes. Which option should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Enable EKS Auto Mode and let it launch GPU nodes for the inference pods.',
        correct: true,
        explanation:
          'Auto Mode runs compute autoscaling, supplies the node AMIs, replaces nodes and supports GPUs, so the team gets GPU capacity without managing the nodes.',
      },
      {
        text: 'Create a Fargate profile for the inference namespace and request GPUs in the pod spec.',
        correct: false,
        explanation:
          'EKS Fargate has no GPUs, so the pods would never receive an accelerator.',
      },
      {
        text: 'Move the service to Amazon ECS Managed Instances with a GPU attribute.',
        correct: false,
        explanation:
          'Managed Instances supplies managed GPU capacity to ECS, not to Kubernetes, so it breaks the requirement to stay on EKS.',
      },
      {
        text: 'Add self-managed GPU nodes and install Cluster Autoscaler.',
        correct: false,
        explanation:
          'Self-managed nodes leave AMI choice and updates to the team, and Cluster Autoscaler is one more component to operate, which the team wants to avoid.',
      },
    ],
    learnMore: '/docs/use-cases/#ml-gpu',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/automode.html',
  },

  // ---------------------------------------------------------------- /docs/cross-cloud/
  {
    id: 'q-crosscloud-azure-container-apps',
    page: '/docs/cross-cloud/',
    service: 'ECS',
    scenario:
      'A company runs its web services as Amazon ECS services on AWS Fargate and releases them as new task definition revisions. A newly acquired subsidiary must run the same design on Microsoft Azure using serverless, orchestrated containers that keep replicas running and can split traffic between revisions. Which Azure service is the closest match?',
    choose: 1,
    options: [
      {
        text: 'Azure Container Instances (ACI).',
        correct: false,
        explanation:
          'ACI starts container groups with no orchestration layer, so nothing maintains a replica count or shifts traffic; it resembles a single ECS `RunTask` more than a service.',
      },
      {
        text: 'Azure Kubernetes Service on the Free tier.',
        correct: false,
        explanation:
          'AKS is the counterpart of Amazon EKS rather than ECS, and its Free tier lacks a financially backed SLA and is meant for small non-production clusters.',
      },
      {
        text: 'Azure Container Apps.',
        correct: true,
        explanation:
          'Microsoft’s current AWS-to-Azure compute mapping pairs Amazon ECS and AWS Fargate with Container Apps, a serverless platform with revisions and traffic splitting that runs on AKS with KEDA, Dapr and Envoy.',
      },
      {
        text: 'AKS with the Istio add-on.',
        correct: false,
        explanation:
          'Microsoft maps the Istio add-on to AWS App Mesh, and it still needs an AKS cluster to run, so it is neither serverless nor the ECS counterpart.',
      },
    ],
    learnMore: '/docs/cross-cloud/#azure-container-apps-vs-aci',
    source: 'https://learn.microsoft.com/azure/architecture/aws-professional/compute',
  },
  {
    id: 'q-crosscloud-cloud-run-min-instances',
    page: '/docs/cross-cloud/',
    service: 'ECS',
    scenario:
      'A company is mapping its ECS on Fargate services to Google Cloud Run. Most services should scale in to zero instances when they receive no traffic, but one customer-facing API must avoid cold starts. How can the company meet both needs?',
    choose: 1,
    options: [
      {
        text: 'It can’t: Cloud Run never scales to zero, so every service keeps at least one instance running.',
        correct: false,
        explanation:
          'By default a Cloud Run revision that receives no traffic scales in to zero instances.',
      },
      {
        text: 'Keep the default scaling on most services and set a minimum number of instances on the customer-facing API.',
        correct: true,
        explanation:
          'Idle Cloud Run revisions scale to zero by default, and a minimum-instances setting keeps that many instances warm for the one service that can’t tolerate cold starts.',
      },
      {
        text: 'Move the customer-facing API to GKE Autopilot, which carries no cluster management fee.',
        correct: false,
        explanation:
          'GKE charges a cluster management fee, so Autopilot is not a fee-free way to keep one API warm, and Cloud Run can already do it.',
      },
      {
        text: 'Set minimum instances to zero on the customer-facing API so that Cloud Run keeps it warm.',
        correct: false,
        explanation:
          'A minimum of zero is the scale-to-zero default; only a minimum above zero keeps instances warm.',
      },
    ],
    learnMore: '/docs/cross-cloud/#google-cloud-run',
    source: 'https://cloud.google.com/run/docs/about-instance-autoscaling',
  },
  {
    id: 'q-crosscloud-aks-standard-tier',
    page: '/docs/cross-cloud/',
    service: 'EKS',
    scenario:
      'An architect is comparing the control-plane cost of a production Amazon EKS cluster with Azure Kubernetes Service (AKS). A colleague argues that AKS is cheaper because its control plane is free. The production cluster needs a financially backed uptime SLA. Which comparison is correct?',
    choose: 1,
    options: [
      {
        text: 'Compare EKS with the AKS Free tier, which Microsoft recommends for production clusters of any size.',
        correct: false,
        explanation:
          'The Free tier has no financially backed SLA, and Microsoft recommends it for non-production clusters with fewer than 10 nodes.',
      },
      {
        text: 'Compare EKS with AKS Premium, because only Premium includes an uptime SLA.',
        correct: false,
        explanation:
          'Standard already carries the uptime SLA; what Premium adds is long-term support for Kubernetes versions.',
      },
      {
        text: 'Compare EKS with GKE Autopilot instead, because AKS has no production tier.',
        correct: false,
        explanation:
          'AKS offers Free, Standard and Premium tiers, and Standard is the one Microsoft recommends for production.',
      },
      {
        text: 'Compare EKS with the AKS Standard tier, which is billed per cluster-hour and carries the uptime SLA.',
        correct: true,
        explanation:
          'Standard is the recommended production tier, with a 99.95% SLA when the cluster uses availability zones, and like EKS it charges for each cluster-hour.',
      },
    ],
    learnMore: '/docs/cross-cloud/#aks-tiers',
    source: 'https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers',
  },

  // ---------------------------------------------------------------- /docs/pricing/
  {
    id: 'q-pricing-eks-upgrade-policy-standard',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A company runs several Amazon EKS clusters and has a rule that no cluster may ever be billed at the extended support rate. The platform team accepts that a cluster will be upgraded automatically when standard support for its Kubernetes version ends. What should the team do?',
    choose: 1,
    options: [
      {
        text: 'Set each cluster’s upgrade policy to `supportType=STANDARD`.',
        correct: true,
        explanation:
          'With the `STANDARD` policy, EKS upgrades the cluster when standard support ends instead of moving it into extended support at $0.60 per cluster-hour.',
      },
      {
        text: 'Nothing, because a cluster enters extended support only if the team opts in.',
        correct: false,
        explanation:
          'Extended support is on by default, so a cluster left on an old version moves into it and is billed $0.60 per cluster-hour.',
      },
      {
        text: 'Switch the clusters to EKS Provisioned Control Plane.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves control-plane capacity in XL to 4XL tiers at extra cost; it doesn’t change how Kubernetes version support is billed.',
      },
      {
        text: 'Replace the managed node groups with self-managed nodes.',
        correct: false,
        explanation:
          'The extended support charge is on the control plane, and managed node groups add no fee of their own, so changing how nodes are run saves nothing.',
      },
    ],
    learnMore: '/docs/pricing/#eks-control-plane-cost',
    source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_UpgradePolicyRequest.html',
  },
  {
    id: 'q-pricing-eks-control-plane-math',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'An account has three Amazon EKS clusters that each run for a full 730-hour month. Two run a Kubernetes version in standard support, and the third has stayed on a version that is now in extended support. What is the total control-plane charge for the month, before compute and other resources?',
    choose: 1,
    options: [
      {
        text: 'About $219, because every cluster pays $0.10 per hour.',
        correct: false,
        explanation:
          'The $0.10 rate applies only in standard support; since extended-support pricing took effect on 1 April 2024, a cluster on an extended-support version pays more.',
      },
      {
        text: 'About $657, because the extended-support cluster pays $0.60 per hour on top of the $0.10 base rate.',
        correct: false,
        explanation:
          'The $0.60 is the whole hourly rate for a cluster in extended support, not a surcharge added to $0.10.',
      },
      {
        text: 'About $584: two clusters at 730 × $0.10 plus one at 730 × $0.60.',
        correct: true,
        explanation:
          'Each standard-support cluster costs about $73 and the extended-support cluster about $438, because $0.60 per cluster-hour is the full extended-support rate.',
      },
      {
        text: 'About $1,314, because one cluster in extended support moves every cluster in the account to $0.60 per hour.',
        correct: false,
        explanation:
          'The rate is set per cluster by that cluster’s own Kubernetes version, so the two standard-support clusters stay at $0.10 per hour.',
      },
    ],
    learnMore: '/docs/pricing/#eks-control-plane-cost',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing',
  },
  {
    id: 'q-pricing-eks-no-fargate-spot',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A company runs fault-tolerant queue workers as Amazon EKS pods on AWS Fargate. To cut compute cost it wants Spot pricing for these workers, while keeping them in the same EKS cluster. Which change meets the requirement?',
    choose: 1,
    options: [
      {
        text: 'Add a `FARGATE_SPOT` capacity provider strategy to the workers’ Deployment.',
        correct: false,
        explanation:
          'Capacity provider strategies belong to ECS services and tasks, and EKS doesn’t support Fargate Spot in any form.',
      },
      {
        text: 'Run the workers on a managed node group with the Spot capacity type.',
        correct: true,
        explanation:
          'A managed node group can use Spot capacity, and the node group itself adds no charge, which makes it the way to get Spot savings on EKS.',
      },
      {
        text: 'Rebuild the worker images for ARM64 so that Fargate places them on Spot capacity.',
        correct: false,
        explanation:
          'Fargate Spot doesn’t run ARM64 tasks even on ECS, and EKS has no Fargate Spot at all.',
      },
      {
        text: 'Create a second Fargate profile with Spot as its capacity type and move the workers’ namespace to it.',
        correct: false,
        explanation:
          'EKS doesn’t support Fargate Spot, so no Fargate profile can ask for Spot capacity; Spot on EKS means EC2 nodes.',
      },
    ],
    learnMore: '/docs/pricing/#fargate-spot',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },

  // ---------------------------------------------------------------- /docs/integrations/
  {
    id: 'q-integrations-app-mesh-cutover',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'An architect is reviewing the runbook a company followed in 2025 to move 30 Amazon ECS services from AWS App Mesh to ECS Service Connect without downtime. Which approach in the runbook matches AWS guidance?',
    choose: 1,
    options: [
      {
        text: 'Add a Service Connect namespace to each existing mesh-enabled service, then remove the Envoy configuration afterwards.',
        correct: false,
        explanation:
          'An ECS service can’t be part of an App Mesh mesh and a Service Connect namespace at the same time, so the switch can’t be made in place.',
      },
      {
        text: 'Move the services to Amazon EKS first, because Service Connect works only with Kubernetes.',
        correct: false,
        explanation:
          'Service Connect is an ECS feature; on EKS the App Mesh replacements are VPC Lattice or a self-run mesh such as Istio.',
      },
      {
        text: 'Create a Route 53 private hosted zone for each service, because Service Connect resolves short names through hosted zones.',
        correct: false,
        explanation:
          'Service Connect builds on AWS Cloud Map namespaces and creates no Route 53 hosted zones; its managed proxy handles short-name discovery.',
      },
      {
        text: 'Deploy new Service Connect services beside the mesh services and shift traffic gradually with Route 53 weighted records or ALB target-group weights.',
        correct: true,
        explanation:
          'Because a service can’t sit in a mesh and a namespace at once, AWS recommends a blue/green cutover, moving traffic with Route 53 weighted records, CloudFront continuous deployment or ALB weights.',
      },
    ],
    learnMore: '/docs/integrations/#app-mesh-end-of-support',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect',
  },
  {
    id: 'q-integrations-firelens-task-role',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'An application on Amazon ECS with AWS Fargate must send its container logs to Amazon OpenSearch Service and to an Amazon S3 bucket instead of CloudWatch Logs. Which configuration meets the requirement?',
    choose: 1,
    options: [
      {
        text: 'Use the `awslogs` log driver and set its destinations to OpenSearch and S3.',
        correct: false,
        explanation:
          'The `awslogs` driver writes only to CloudWatch Logs; any other destination needs FireLens.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver, and grant the task execution role write access to OpenSearch and S3.',
        correct: false,
        explanation:
          'With FireLens the router delivers logs using the task role, so permissions placed on the execution role don’t let it write to the destinations.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver in the app containers, and grant the task role write access to OpenSearch and S3.',
        correct: true,
        explanation:
          'FireLens routes container output through a Fluent Bit or Fluentd container to destinations such as OpenSearch and S3, and the task role must allow writing to them.',
      },
      {
        text: 'Run Fluent Bit as an ECS service with the `DAEMON` strategy in the Fargate cluster.',
        correct: false,
        explanation:
          'Fargate doesn’t support the `DAEMON` strategy; on Fargate the log router runs as a container inside each task.',
      },
    ],
    learnMore: '/docs/integrations/#ecs-logging',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/firelens-taskdef.html',
  },
  {
    id: 'q-integrations-ip-target-type',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'A team creates an Application Load Balancer target group with the `instance` target type for a new Amazon ECS service on AWS Fargate. The service can’t register its tasks with the target group. What should the team change?',
    choose: 1,
    options: [
      {
        text: 'Recreate the target group with the `ip` target type.',
        correct: true,
        explanation:
          'Fargate tasks use `awsvpc` mode, so each has its own ENI and IP address and there is no instance of the team’s to register; the target group must use IP targets.',
      },
      {
        text: 'Switch the task definition to `bridge` network mode and use dynamic host port mapping.',
        correct: false,
        explanation:
          'Fargate requires the `awsvpc` network mode; bridge mode and dynamic host ports apply only to EC2 container instances.',
      },
      {
        text: 'Replace the ALB with a Classic Load Balancer, which registers tasks by instance.',
        correct: false,
        explanation:
          'The Classic Load Balancer is legacy and can’t be used with Fargate services at all.',
      },
      {
        text: 'Replace the ALB with a Network Load Balancer, whose `instance` targets work with Fargate.',
        correct: false,
        explanation:
          'The rule is the same for NLB target groups: tasks in `awsvpc` mode, which includes every Fargate task, need IP targets.',
      },
    ],
    learnMore: '/docs/integrations/#ecs-load-balancing',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-load-balancing.html',
  },
] as const satisfies readonly Question[];
