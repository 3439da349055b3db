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
    exam: 'SAA',
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
    exam: 'SAA',
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
] as const satisfies readonly Question[];
