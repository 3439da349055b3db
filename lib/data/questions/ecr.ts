import type { Question } from './types';

/** Practice questions shown on /docs/ecr/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ecr-enhanced-scanning-language-packages',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A company stores images for Amazon ECS and Amazon EKS in Amazon ECR. The security team must find vulnerabilities in the Java and Python libraries inside images and be alerted when a newly published CVE affects an image that was pushed months ago. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Turn on basic scanning with scan on push for every repository.',
        correct: false,
        explanation:
          'Basic scanning finds operating-system package vulnerabilities only and doesn’t recheck old images when new CVEs appear.',
      },
      {
        text: 'Turn on basic scanning and run a scheduled script that starts a manual scan of every image each night.',
        correct: false,
        explanation:
          'Nightly rescans add a script to maintain and still cover only operating-system packages, not Java or Python libraries.',
      },
      {
        text: 'Add a lifecycle policy that expires images older than 30 days.',
        correct: false,
        explanation:
          'Lifecycle policies control storage cost by deleting images. They detect no vulnerabilities.',
      },
      {
        text: 'Turn on enhanced scanning with continuous scanning and route the Amazon Inspector findings from Amazon EventBridge to the security team.',
        correct: true,
        explanation:
          'Enhanced scanning uses Amazon Inspector to cover OS and programming-language packages and re-evaluates stored images as new CVEs are published.',
      },
    ],
    learnMore: '/docs/ecr/#image-scanning',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced-enabling.html',
  },
  {
    id: 'q-ecr-replication-lambda-same-region',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A company builds container images in a shared-services account in us-east-1. A workload account runs an Amazon ECS service and an AWS Lambda function in ap-southeast-2 from the same image. The company wants each deployment to pull from a copy in its own Region with the least operational overhead. What should a solutions architect do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Keep the single repository in us-east-1, add a repository policy for the workload account, and point the Lambda function at the us-east-1 image URI.',
        correct: false,
        explanation:
          'A different account is allowed, but Lambda requires the image to sit in an ECR repository in the function’s own Region.',
      },
      {
        text: 'Add a registry replication rule in the shared-services account that copies images to ap-southeast-2 in the workload account, and allow `ecr:ReplicateImage` in the destination registry policy.',
        correct: true,
        explanation:
          'ECR replication works across Regions and accounts as images are pushed, so both the ECS service and the Lambda function pull a local copy.',
      },
      {
        text: 'Run a nightly AWS CodeBuild job that pulls every image and pushes it to a repository in ap-southeast-2.',
        correct: false,
        explanation:
          'This copies images, but it adds a job to build and maintain and lags behind pushes, unlike built-in ECR replication.',
      },
      {
        text: 'Export the image to an Amazon S3 bucket in ap-southeast-2 and create the Lambda function from that object.',
        correct: false,
        explanation:
          'Lambda container images must come from Amazon ECR, not from an S3 object.',
      },
    ],
    learnMore: '/docs/ecr/#replication',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  },
  {
    id: 'q-ecr-private-pull-endpoints',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'Amazon EKS nodes and Amazon ECS tasks run in private subnets that have no NAT gateway, and company policy forbids any route to the internet. The team created an `ecr.dkr` interface endpoint, but image pulls still fail. Which two additions will let the pulls succeed? (Choose two.)',
    exam: 'SAA',
    choose: 2,
    options: [
      {
        text: 'An interface VPC endpoint for `com.amazonaws.region.ecr.api`.',
        correct: true,
        explanation:
          'Pulling needs the ECR API endpoint as well as the registry (`ecr.dkr`) endpoint.',
      },
      {
        text: 'A NAT gateway in a public subnet with a default route from the private subnets.',
        correct: false,
        explanation:
          'A NAT gateway would give the subnets a path to the internet, which the policy forbids, and it adds NAT charges for every pull.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon S3 on the private subnets’ route tables.',
        correct: true,
        explanation:
          'ECR serves image layers from Amazon S3, so without the S3 gateway endpoint the layer downloads have no route.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon DynamoDB.',
        correct: false,
        explanation:
          'ECR stores image data in Amazon S3, not DynamoDB, so this endpoint does nothing for image pulls.',
      },
      {
        text: 'An internet gateway, with public IP addresses assigned to the nodes and tasks.',
        correct: false,
        explanation:
          'This would move the workloads onto the internet, breaking the policy; the three VPC endpoints make it unnecessary.',
      },
    ],
    learnMore: '/docs/ecr/#vpc-endpoints',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
] as const satisfies readonly Question[];
