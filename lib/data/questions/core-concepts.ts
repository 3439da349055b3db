import type { Question } from './types';

/** Practice questions shown on /docs/core-concepts/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-concepts-service-maps-to-deployment',
    page: '/docs/core-concepts/',
    service: 'both',
    scenario:
      'A team is porting a stateless web application from Kubernetes to Amazon ECS. In Kubernetes, a Deployment keeps four replicas running and a ClusterIP object gives them a stable address. Which single ECS resource takes over the job of keeping four copies running and replacing any that fail?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A task definition with four container definitions.',
        correct: false,
        explanation:
          'A task definition is the blueprint, like a pod template; four container definitions would put four containers into one task, not run four independent copies.',
      },
      {
        text: 'An ECS service with a desired count of 4.',
        correct: true,
        explanation:
          'An ECS service keeps the desired number of tasks running from one task definition and starts replacements when tasks stop, which is the Deployment’s job in Kubernetes.',
      },
      {
        text: 'Four standalone tasks started with `RunTask`.',
        correct: false,
        explanation: 'Standalone tasks are not watched by a scheduler; when one stops, nothing starts a replacement.',
      },
      {
        text: 'An ECS cluster with four container instances.',
        correct: false,
        explanation: 'A cluster groups capacity and workloads; it does not decide how many copies of an application run.',
      },
    ],
    learnMore: '/docs/core-concepts/#service',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html',
  },
  {
    id: 'q-concepts-managed-instances-capacity-provider',
    page: '/docs/core-concepts/',
    service: 'ECS',
    scenario:
      'An architect wants ECS tasks to run on EC2 instances that AWS provisions, scales and patches, with a specific memory-optimised instance family. A colleague suggests setting `launchType` to a new value in the `RunTask` call. How is ECS Managed Instances actually selected?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'With the `EC2` launch type and an Auto Scaling group that uses the memory-optimised family.',
        correct: false,
        explanation: 'That is the classic EC2 capacity model, in which the customer owns the AMI, patching and the Auto Scaling group.',
      },
      {
        text: 'With the `EXTERNAL` launch type.',
        correct: false,
        explanation: '`EXTERNAL` is the launch type of ECS Anywhere, for servers and VMs outside AWS that you register yourself.',
      },
      {
        text: 'Through a Managed Instances capacity provider associated with the cluster and used in the capacity provider strategy.',
        correct: true,
        explanation:
          'For `RunTask`, AWS requires a capacity provider strategy that names the Managed Instances capacity provider, with `launchType` omitted; the capacity provider carries the instance requirements, and AWS handles provisioning, scaling and patching.',
      },
      {
        text: 'With the `FARGATE` launch type and a task size that matches the instance family.',
        correct: false,
        explanation: 'Fargate never exposes instance families; you size the task and AWS chooses the underlying capacity.',
      },
    ],
    learnMore: '/docs/core-concepts/#launch-type-vs-capacity-provider',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html',
  },
  {
    id: 'q-concepts-kubernetes-to-ecs-mapping',
    page: '/docs/core-concepts/',
    service: 'both',
    scenario:
      'A company is moving an internal platform from a self-managed Kubernetes cluster to Amazon ECS on EC2 to lower its operating effort. The cluster runs a log-shipping DaemonSet on every node, application Deployments scaled by the Horizontal Pod Autoscaler, and pods that read Amazon S3 through IAM roles for service accounts. The architect must preserve each behaviour with native ECS features. Which two mappings are correct? (Choose two.)',
    exam: 'SAP',
    choose: 2,
    options: [
      {
        text: 'Replace the DaemonSet with an ECS service that uses the `DAEMON` scheduling strategy.',
        correct: true,
        explanation: 'The `DAEMON` strategy keeps one task on each container instance, which is what a DaemonSet does on EC2 capacity.',
      },
      {
        text: 'Replace IRSA with the EC2 instance profile of the container instances.',
        correct: false,
        explanation:
          'Every task on the host would share the instance profile, so per-workload permissions would be lost; ECS keeps them per workload with the task role.',
      },
      {
        text: 'Replace each Deployment and the Horizontal Pod Autoscaler with an ECS service and Service Auto Scaling.',
        correct: true,
        explanation:
          'An ECS service keeps the desired number of tasks running, and Service Auto Scaling changes that number from metrics, as the Horizontal Pod Autoscaler changes replicas.',
      },
      {
        text: 'Replace the DaemonSet with a sidecar container in every task definition, because ECS has no per-host scheduling.',
        correct: false,
        explanation:
          'Sidecars are the workaround on Fargate, where there is no host; on EC2 capacity ECS does schedule one task per host with the `DAEMON` strategy.',
      },
      {
        text: 'Replace IRSA with the task execution role, which the application code uses for its S3 calls.',
        correct: false,
        explanation:
          'The execution role is what ECS uses to pull images, send logs and fetch referenced secrets; application calls such as S3 reads use the task role.',
      },
    ],
    learnMore: '/docs/core-concepts/#concept-map',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  },
  {
    id: 'q-concepts-pod-identity-reuse',
    page: '/docs/core-concepts/',
    service: 'EKS',
    scenario:
      'A company runs 40 Amazon EKS clusters on Linux managed node groups and creates new clusters every month. A payments service in each cluster needs the same Amazon S3 permissions. The security team wants credentials scoped to that workload and does not want to edit the IAM role’s trust policy whenever a cluster is added. What should a solutions architect use?',
    exam: 'SAP',
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
          'IRSA would work, but the role’s trust policy names each cluster’s OIDC provider, so every new cluster means another trust-policy edit.',
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
        explanation: 'Task roles belong to ECS task definitions; on EKS the workload-level equivalents are Pod Identity and IRSA.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://aws.amazon.com/about-aws/whats-new/2023/11/amazon-eks-pod-identity/',
  },
  {
    id: 'q-concepts-fargate-profile-match',
    page: '/docs/core-concepts/',
    service: 'EKS',
    scenario:
      'An EKS cluster has a managed node group and a Fargate profile that selects the `batch` namespace. A developer deploys new pods to the `reports` namespace and expects them to run on Fargate, but they land on the EC2 nodes. What decides where these pods run?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A pod runs on Fargate only if it matches a Fargate profile when it is scheduled, so the `reports` pods need a profile that selects their namespace.',
        correct: true,
        explanation:
          'Fargate profiles are the EKS counterpart of choosing Fargate in ECS: the Fargate scheduler takes only pods that match a profile’s namespace and labels at scheduling time.',
      },
      {
        text: 'The cluster’s default capacity provider strategy, which must list `FARGATE` first.',
        correct: false,
        explanation: 'Capacity provider strategies are an ECS concept; EKS has no capacity providers.',
      },
      {
        text: 'The `launchType` field in the pod spec, which must be set to `FARGATE`.',
        correct: false,
        explanation: 'Pods have no launch type; launch types are ECS vocabulary.',
      },
      {
        text: 'The node group’s taints, which must be removed so that the Fargate scheduler can see the pods.',
        correct: false,
        explanation:
          'Taints keep pods off EC2 nodes but do not send them to Fargate; without a matching profile they would stay pending instead.',
      },
    ],
    learnMore: '/docs/core-concepts/#fargate',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
] as const satisfies readonly Question[];
