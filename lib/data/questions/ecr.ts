import type { Question } from './types';

/** Practice questions shown on /docs/ecr/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ecr-enhanced-scanning-language-packages',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A security team reviews images in Amazon ECR that ECS and EKS workloads pull. An audit found a vulnerable Log4j JAR inside an image that had passed every scan at push time, and the CVE was published three months after the push. The team wants such cases caught automatically from now on, with the least operational overhead. What should a solutions architect configure?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Keep basic scanning and turn on scan on push for every repository.',
        correct: false,
        explanation:
          'Basic scanning looks at operating-system packages, so a Java library is outside its view, and it does not look at an image again unless a new scan is started.',
      },
      {
        text: 'Keep basic scanning and add a nightly Lambda function that starts a manual scan of every image.',
        correct: false,
        explanation:
          'Nightly rescans add code to maintain and still cover only operating-system packages, not the JAR that caused the finding.',
      },
      {
        text: 'Switch the registry to enhanced scanning with continuous scans, and route the Amazon Inspector findings from EventBridge to the team.',
        correct: true,
        explanation:
          'Enhanced scanning uses Amazon Inspector to examine OS and programming-language packages, updates results when new CVEs appear, and emits EventBridge events for alerting.',
      },
      {
        text: 'Add a lifecycle policy that expires images older than 30 days so that old images are rebuilt often.',
        correct: false,
        explanation:
          'Lifecycle policies delete or archive images to control storage; they find no vulnerabilities, and expiring images could break running services.',
      },
    ],
    learnMore: '/docs/ecr/#image-scanning',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  {
    id: 'q-ecr-replication-lambda-same-region',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A company builds container images in a shared-services account in us-east-1. A workload account runs an Amazon ECS service and an AWS Lambda function in ap-southeast-2 from the same image. Each deployment must pull from a copy in its own Region, new builds must reach ap-southeast-2 without manual steps, and the team wants the least operational overhead. What should a solutions architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Keep a single repository in us-east-1, add a repository policy for the workload account, and point the Lambda function at the us-east-1 image URI.',
        correct: false,
        explanation:
          'The repository policy solves the account boundary, but a Lambda function can only use an image from an ECR repository in its own Region.',
      },
      {
        text: 'Add a replication rule in the shared-services registry that copies images to ap-southeast-2 in the workload account, and allow replication in the destination registry policy.',
        correct: true,
        explanation:
          'ECR replication copies images across Regions and accounts automatically, so both the ECS service and the Lambda function pull a local copy.',
      },
      {
        text: 'Run a nightly AWS CodeBuild job that pulls every image and pushes it to a repository in ap-southeast-2.',
        correct: false,
        explanation: 'This copies images but adds a job to maintain and lags up to a day behind new builds, unlike built-in replication.',
      },
      {
        text: 'Export each image to an Amazon S3 bucket in ap-southeast-2 and create the Lambda function from that object.',
        correct: false,
        explanation: 'Lambda container images must come from an Amazon ECR repository, not from an S3 object.',
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
        explanation: 'Pulling needs the ECR API endpoint as well as the registry (`ecr.dkr`) endpoint.',
      },
      {
        text: 'A NAT gateway in a public subnet with a default route from the private subnets.',
        correct: false,
        explanation:
          'A NAT gateway would give the subnets a path to the internet, which the policy forbids, and it charges for the data it processes.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon S3 on the private subnets’ route tables.',
        correct: true,
        explanation: 'ECR keeps image layers in Amazon S3, so without the S3 gateway endpoint the layer downloads have no route.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon DynamoDB.',
        correct: false,
        explanation: 'ECR stores image data in Amazon S3, not DynamoDB, so this endpoint does nothing for pulls.',
      },
      {
        text: 'An internet gateway, with public IP addresses assigned to the nodes and tasks.',
        correct: false,
        explanation: 'This would put the workloads on the internet, breaking the policy; the VPC endpoints make it unnecessary.',
      },
    ],
    learnMore: '/docs/ecr/#vpc-endpoints',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
  },
  {
    id: 'q-ecr-pull-through-cache-rate-limit',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'Hundreds of CI builds and EKS nodes pull base images such as `nginx` and `python` from Docker Hub, and jobs fail every afternoon when Docker Hub throttles anonymous pulls from the company’s NAT addresses. The company wants to stop depending on Docker Hub at run time, keep image references easy to update, and avoid running any registry servers. Which solution meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Run a self-managed registry mirror on an Auto Scaling group of EC2 instances and point Docker daemons at it.',
        correct: false,
        explanation: 'A mirror works, but it is a fleet of registry servers to patch, scale and back up, which the company wants to avoid.',
      },
      {
        text: 'Create an ECR pull through cache rule for Docker Hub with credentials stored in a Secrets Manager secret named with the `ecr-pullthroughcache/` prefix, and change image references to the ECR prefix.',
        correct: true,
        explanation:
          'The rule makes ECR fetch each image from Docker Hub once and serve later pulls itself; authenticated upstreams such as Docker Hub need their credentials in Secrets Manager with that prefix.',
      },
      {
        text: 'Add a second NAT gateway so that pulls come from more public IP addresses.',
        correct: false,
        explanation: 'Spreading pulls over more addresses only delays throttling and keeps the run-time dependency on Docker Hub.',
      },
      {
        text: 'Set up ECR replication from Docker Hub into the private registry.',
        correct: false,
        explanation: 'ECR replication copies images between ECR private registries; it cannot read from Docker Hub.',
      },
    ],
    learnMore: '/docs/ecr/#pull-through-cache',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html',
  },
  {
    id: 'q-ecr-tag-immutability-release-tags',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'An incident review found that a developer pushed a new build over the existing `v2.3.0` tag in an ECR repository, so a rollback deployed different code than the original release. The team still wants a moving `latest` tag for test environments. What should the team configure on the repository?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A lifecycle policy that keeps only the newest image for each tag.',
        correct: false,
        explanation: 'Lifecycle rules expire or archive images; they do not stop a push from reusing a tag.',
      },
      {
        text: 'A repository policy that denies `ecr:PutImage` to developers.',
        correct: false,
        explanation: 'This blocks every push by developers, including new versions, rather than protecting existing tags.',
      },
      {
        text: 'Enhanced scanning, so that a changed image under an old tag raises a finding.',
        correct: false,
        explanation: 'Scanning reports vulnerabilities; it neither detects nor prevents a tag being moved.',
      },
      {
        text: 'Tag immutability, with an exclusion filter for `latest`.',
        correct: true,
        explanation:
          'Immutable tags make a push with an existing tag fail, and exclusion filters let named tags such as `latest` stay mutable.',
      },
    ],
    learnMore: '/docs/ecr/#tag-immutability',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageTagMutability.html',
  },
  {
    id: 'q-ecr-archive-unpulled-images',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A regulated company must keep every released image for seven years, although images older than a few months are almost never pulled again. ECR storage is now a large line on the bill. The company wants the cost down without deleting releases, with the least ongoing effort. What should a solutions architect recommend?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A lifecycle rule with `countType` `sinceImagePulled` and a `transition` action to the archive storage class.',
        correct: true,
        explanation:
          'The rule moves images nobody has pulled for a chosen number of days into the archive class; they can be restored when needed, with a 90-day minimum storage duration.',
      },
      {
        text: 'A lifecycle rule with `countType` `imageCountMoreThan` and an `expire` action.',
        correct: false,
        explanation: 'Expiring images deletes releases that must be kept for seven years.',
      },
      {
        text: 'A weekly script that saves images as tar files to Amazon S3 Glacier and deletes them from ECR.',
        correct: false,
        explanation: 'It could cut cost, but it is custom code to run and test, and restoring means rebuilding the push process.',
      },
      {
        text: 'Replication of old images to a cheaper Region, then deletion from the source Region.',
        correct: false,
        explanation:
          'Replication copies images into other Regions or accounts; it is not an archive tier, and the copies are stored at the normal rate.',
      },
    ],
    learnMore: '/docs/ecr/#archive',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/archive-image.html',
  },
] as const satisfies readonly Question[];
