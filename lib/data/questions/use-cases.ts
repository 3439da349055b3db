import type { Question } from './types';

/** Practice questions shown on /docs/use-cases/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-usecases-lambda-container-image',
    page: '/docs/use-cases/',
    service: 'both',
    scenario:
      'A company already builds a thumbnail generator as a 2 GB container image stored in Amazon ECR in us-east-1. The code runs for about 20 seconds whenever an object lands in an S3 bucket in the same Region, and uploads arrive unpredictably. Which option is the most cost-effective with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Run the image as an Amazon ECS service on AWS Fargate that polls the bucket for new objects.',
        correct: false,
        explanation:
          'An always-on service pays for the idle time between uploads and needs polling code; Fargate suits long-running services and longer jobs, not 20-second reactions to events.',
      },
      {
        text: 'Create an AWS Lambda function from the image in ECR and invoke it from S3 event notifications.',
        correct: true,
        explanation:
          'Lambda runs functions packaged as container images from an ECR repository in the same Region, and a 20-second run sits well inside the 15-minute limit of a standard invocation.',
      },
      {
        text: 'Repackage the code as a .zip deployment package, because Lambda can’t run container images.',
        correct: false,
        explanation: 'Lambda does run container images from Amazon ECR, so rebuilding the package is needless work.',
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
    id: 'q-usecases-multi-account-image-pipeline',
    page: '/docs/use-cases/',
    service: 'ECS',
    scenario:
      'A company builds images in a central tooling account and deploys them to Amazon ECS services in production accounts in two Regions. Auditors require that a released tag always points to the same image in every account, that images with newly published critical CVEs are flagged even months after release, and that production keeps running if the tooling account’s Region has an outage. Which combination meets all three requirements with the least custom code?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Immutable tags and enhanced scanning with continuous scans in the tooling registry, plus replication rules that copy images into each production account and Region.',
        correct: true,
        explanation:
          'Immutable tags stop a release tag from moving, continuous enhanced scanning re-evaluates stored images as CVEs appear, and replicated copies let each Region pull locally when the tooling Region is down.',
      },
      {
        text: 'Repository policies that let the production accounts pull from the tooling registry, with basic scan on push.',
        correct: false,
        explanation:
          'Cross-account pulls keep every deployment dependent on the tooling Region, and basic scanning never re-checks an image after the push.',
      },
      {
        text: 'A CodeBuild job that pushes each release to every production registry, and a monthly manual scan of each image.',
        correct: false,
        explanation:
          'This is custom code to maintain, a monthly scan misses CVEs for weeks, and nothing stops a tag from being overwritten.',
      },
      {
        text: 'Lifecycle policies that archive old images in the tooling registry, and GuardDuty Runtime Monitoring on the production tasks.',
        correct: false,
        explanation:
          'Archived images can’t be pulled, and Runtime Monitoring watches running containers rather than package vulnerabilities in images.',
      },
    ],
    learnMore: '/docs/use-cases/#ci-cd',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-settings-configure.html',
  },
  {
    id: 'q-usecases-long-file-processing',
    page: '/docs/use-cases/',
    service: 'ECS',
    scenario:
      'Each time a customer uploads a video archive to an S3 bucket, a containerised tool must process it; a run takes 30 to 50 minutes and uploads arrive a few times a day. The team wants to pay only while work runs and to manage no servers. Which design fits best?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An AWS Lambda function built from the container image, triggered by the S3 upload.',
        correct: false,
        explanation: 'A standard Lambda invocation stops after 15 minutes, so most runs would be cut off.',
      },
      {
        text: 'An EventBridge rule on the upload event that starts an Amazon ECS task on AWS Fargate.',
        correct: true,
        explanation:
          'A Fargate task starts per upload, runs as long as the job needs and is billed only while it runs, with no servers to manage.',
      },
      {
        text: 'An Amazon ECS service on Fargate with a desired count of 1 that polls the bucket.',
        correct: false,
        explanation: 'An always-on task pays for the idle hours between a few uploads a day and needs polling code.',
      },
      {
        text: 'An Auto Scaling group of EC2 instances that run the tool from a cron job.',
        correct: false,
        explanation: 'This brings servers to patch and scale, which the team wants to avoid.',
      },
    ],
    learnMore: '/docs/use-cases/#event-driven',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'q-usecases-new-microservices-team',
    page: '/docs/use-cases/',
    service: 'ECS',
    scenario:
      'A start-up with no Kubernetes experience is splitting its web application into eight containerised microservices. It wants the least operational overhead, no servers to patch, one public HTTPS endpoint, and service-to-service calls by name with retries. Which design meets these requirements?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Amazon EKS with managed node groups, the AWS Load Balancer Controller and Istio.',
        correct: false,
        explanation: 'It works, but nodes, a controller and a self-run mesh are a lot to operate for a team without Kubernetes experience.',
      },
      {
        text: 'Amazon ECS on AWS Fargate, one ECS service per microservice, an Application Load Balancer with path-based rules, and ECS Service Connect between services.',
        correct: true,
        explanation:
          'Fargate removes servers, the ALB gives one endpoint routed by path, and Service Connect gives short names and retries without a mesh to run.',
      },
      {
        text: 'Amazon ECS on EC2 instances with one Classic Load Balancer per service.',
        correct: false,
        explanation: 'EC2 instances must be patched, and eight legacy load balancers mean eight endpoints instead of one.',
      },
      {
        text: 'AWS App Mesh on Amazon ECS with a virtual gateway as the public endpoint.',
        correct: false,
        explanation: 'App Mesh reached end of support on 30 September 2026 and can’t be used in a new design.',
      },
    ],
    learnMore: '/docs/use-cases/#microservices',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect',
  },
] as const satisfies readonly Question[];
