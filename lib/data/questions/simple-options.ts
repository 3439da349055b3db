import type { Question } from './types';

/** Practice questions shown on /docs/simple-options/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-simple-new-web-api-2026',
    page: '/docs/simple-options/',
    service: 'ECS',
    scenario:
      'In 2026 a company that has never used AWS App Runner opens a new AWS account. It wants to put a containerized REST API online with an HTTPS endpoint, load balancing and automatic scaling, while writing as little infrastructure configuration as possible. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create an AWS App Runner service from the container image.',
        correct: false,
        explanation:
          'App Runner stopped accepting new customers on 30 April 2026, so a company that was not already using it can’t create one.',
      },
      {
        text: 'Create an Amazon ECS Express Mode service from the container image.',
        correct: true,
        explanation:
          'Express Mode needs only the image, a task execution role and an infrastructure role, and builds a Fargate service with an Application Load Balancer, an HTTPS listener and certificate, and auto scaling; AWS recommends it in place of App Runner.',
      },
      {
        text: 'Create an Amazon EKS cluster with EKS Auto Mode and deploy the API with a Kubernetes Ingress.',
        correct: false,
        explanation:
          'This works, but a Kubernetes cluster, manifests and an hourly cluster fee are far more configuration than the requirement allows.',
      },
      {
        text: 'Launch an EC2 instance from an Amazon Linux AMI and run the container with Docker.',
        correct: false,
        explanation: 'A single instance gives neither load balancing nor automatic scaling, and the company would patch and operate it.',
      },
    ],
    learnMore: '/docs/simple-options/#ecs-express-mode',
    source: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
  },
  {
    id: 'q-simple-express-mode-roles',
    page: '/docs/simple-options/',
    service: 'ECS',
    scenario:
      'A developer creates an Amazon ECS Express Mode service. Besides the container image, which two IAM roles must be supplied? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'A task execution role that lets ECS pull the image and write logs.',
        correct: true,
        explanation: 'Like any ECS task that pulls from a private registry and sends logs, an Express Mode task needs the execution role.',
      },
      {
        text: 'An infrastructure role that lets ECS create the load balancer, security groups, certificate and scaling configuration.',
        correct: true,
        explanation:
          'The infrastructure role is what allows ECS to provision and manage the supporting resources that Express Mode creates.',
      },
      {
        text: 'A task role, without which the service can’t start.',
        correct: false,
        explanation: 'A task role is optional; it is only needed when the application code itself calls other AWS services.',
      },
      {
        text: 'An EC2 instance profile for the container instances.',
        correct: false,
        explanation: 'Express Mode runs tasks on Fargate, so there are no container instances that need a profile.',
      },
      {
        text: 'An App Runner access role for reading from Amazon ECR.',
        correct: false,
        explanation: 'That role belongs to App Runner; Express Mode is part of Amazon ECS and uses ECS roles.',
      },
    ],
    learnMore: '/docs/simple-options/#ecs-express-mode',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-create-full.html',
  },
  {
    id: 'q-simple-lambda-image-limits',
    page: '/docs/simple-options/',
    service: 'ECS',
    scenario:
      'A team packages a video transcoding job as a 6 GB Linux container image. Each run takes two to three hours and is started by an event when a file lands in Amazon S3. The team suggests AWS Lambda because it accepts container images. What should a solutions architect advise?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Use Lambda, because container images of up to 10 GB are supported.',
        correct: false,
        explanation:
          'The image size fits, but each run lasts far longer than a Lambda invocation may: 15 minutes on Lambda’s default compute, and no more than 90 minutes even for the longest invocations on Lambda Managed Instances.',
      },
      {
        text: 'Use Lambda with the maximum memory setting, which lifts the time limit.',
        correct: false,
        explanation: 'Memory and time limits are separate; raising memory to 10,240 MB does not lengthen the timeout.',
      },
      {
        text: 'Run the job as an Amazon ECS task on AWS Fargate started for each new file.',
        correct: true,
        explanation:
          'A Fargate task runs until its work is done, so a three-hour transcode fits, and the same container image can be reused.',
      },
      {
        text: 'Split the image into two 3 GB images so each Lambda function finishes faster.',
        correct: false,
        explanation: 'Image size does not drive run time; the transcode itself takes longer than a Lambda invocation can last.',
      },
    ],
    learnMore: '/docs/simple-options/#lambda-container-images',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    id: 'q-simple-lightsail-predictable-price',
    page: '/docs/simple-options/',
    service: 'both',
    scenario:
      'A small design studio wants to host its marketing site, a single container, behind a public HTTPS endpoint with its own domain name. It has no cloud engineers and wants a predictable monthly bill more than fine-grained control. Which option fits best?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An Amazon Lightsail container service with a small power and a scale of one or two nodes.',
        correct: true,
        explanation:
          'A Lightsail container service costs the chosen power’s base monthly price times the number of nodes, and it offers a public endpoint with custom domain names.',
      },
      {
        text: 'An Amazon EKS cluster with a managed node group.',
        correct: false,
        explanation: 'EKS adds an hourly cluster fee, Kubernetes skills and node management, none of which a single-container site needs.',
      },
      {
        text: 'Amazon ECS on the EC2 launch type with Reserved Instances.',
        correct: false,
        explanation:
          'Reserved Instances lower the instance price, but the studio would still patch the instances and set up the load balancer and scaling itself.',
      },
      {
        text: 'AWS App Runner.',
        correct: false,
        explanation: 'App Runner no longer accepts new customers, so a company that is not already using it can’t choose it.',
      },
    ],
    learnMore: '/docs/simple-options/#lightsail-containers',
    source: 'https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateContainerService.html',
  },
  {
    id: 'q-simple-app-runner-customer-growth',
    page: '/docs/simple-options/',
    service: 'ECS',
    scenario:
      'A company has run customer-facing APIs on AWS App Runner since 2023. Its roadmap now needs features App Runner doesn’t offer, such as sidecar containers and finer control of deployments. It wants to keep an image-to-URL workflow for developers, avoid a long re-platforming project, and keep running during the move. Which approach best meets these goals?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Stay on App Runner and wait for the features, because existing customers keep full access.',
        correct: false,
        explanation:
          'Existing customers can keep using App Runner, but AWS has said it plans no new features, so waiting will not deliver the roadmap.',
      },
      {
        text: 'Deploy each API as an ECS Express Mode service beside the App Runner service, move traffic over, then add sidecars and deployment settings through the standard ECS APIs.',
        correct: true,
        explanation:
          'AWS recommends Express Mode for customers leaving App Runner; it keeps the image-to-URL workflow, creates standard ECS and load balancer resources in the account, and lets the service use any ECS feature later. Running both side by side keeps the APIs available during the cutover.',
      },
      {
        text: 'Rebuild the APIs as AWS Lambda functions behind Amazon API Gateway.',
        correct: false,
        explanation: 'This is the long re-platforming the company wants to avoid, and functions do not offer sidecar containers.',
      },
      {
        text: 'Move the APIs to self-managed Kubernetes on EC2 for full control.',
        correct: false,
        explanation:
          'Full control comes with running a control plane and nodes, which abandons the simple developer workflow and adds operational work.',
      },
    ],
    learnMore: '/docs/simple-options/#app-runner-availability',
    source: 'https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html',
  },
  {
    id: 'q-simple-bursty-events-lambda',
    page: '/docs/simple-options/',
    service: 'both',
    scenario:
      'An insurer processes scanned claim forms. Files arrive in Amazon S3 in bursts, with hours of no activity between them; each form takes about 90 seconds to process with a 3 GB Linux container image that the team already builds. Finance wants no compute charges while idle, operations wants no capacity to manage, and bursts of several hundred files must be processed in parallel. Which option best meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'An ECS Express Mode service that receives an HTTP call for each new file.',
        correct: false,
        explanation:
          'Express Mode keeps tasks and an Application Load Balancer running, so the insurer would pay for compute during the idle hours.',
      },
      {
        text: 'An AWS Lambda function deployed from the container image and triggered by S3 event notifications.',
        correct: true,
        explanation:
          'Each run fits well inside Lambda’s 15-minute limit and the 3 GB image is under the 10 GB maximum; Lambda runs invocations in parallel for a burst and bills compute only while invocations run.',
      },
      {
        text: 'An Amazon Lightsail container service sized for the largest burst.',
        correct: false,
        explanation:
          'Lightsail bills the chosen nodes every month whether or not files arrive, and its capacity is set by hand rather than per event.',
      },
      {
        text: 'An ECS service on the EC2 launch type with Spot Instances and a minimum of one instance.',
        correct: false,
        explanation:
          'Spot lowers the price, but a running instance still costs money while idle and the team must manage the Auto Scaling group.',
      },
    ],
    learnMore: '/docs/simple-options/#fargate-or-lambda',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  },
] as const satisfies readonly Question[];
