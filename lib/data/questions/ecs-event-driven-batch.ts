import type { Question } from './types';

/** Practice questions shown on /docs/ecs/event-driven-batch/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-batch-nightly-scheduled-task',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'A retailer has a containerized report job that takes about 40 minutes and must start at 02:00 Berlin time every night, also after daylight-saving changes. Between runs nothing should keep running or incur compute charges. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An Amazon ECS service with a desired count of 1 whose container sleeps until 02:00 and then runs the report.',
        correct: false,
        explanation: 'The task runs around the clock, so the company pays for compute between runs.',
      },
      {
        text: 'An AWS Lambda function on a schedule that runs the report code packaged as a container image.',
        correct: false,
        explanation: 'A Lambda invocation can’t run for 40 minutes; Lambda functions stop after at most 15 minutes.',
      },
      {
        text: 'A cron entry on a small EC2 instance that calls the ECS `RunTask` API at 02:00.',
        correct: false,
        explanation: 'It works, but the instance runs and needs patching all day just to start one job.',
      },
      {
        text: 'An Amazon EventBridge Scheduler cron schedule in the Europe/Berlin time zone whose target runs the task definition on AWS Fargate.',
        correct: true,
        explanation:
          'EventBridge Scheduler supports cron schedules in any time zone and starts a standalone Fargate task at each run, so nothing runs between reports.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#scheduled-tasks',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/tasks-scheduled-eventbridge-scheduler.html',
  },
  {
    id: 'q-batch-step-functions-wait',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'A media company orchestrates ingestion with AWS Step Functions. One state starts a container on AWS Fargate that transcodes a file for up to an hour; the following state publishes the output and must not begin until the container has exited, and a failed container must be routed to an error-handling state. How should the transcoding state be defined?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A Task state that calls a Lambda function, which starts the ECS task with the SDK and returns its task ARN.',
        correct: false,
        explanation:
          'The Lambda function returns as soon as ECS accepts the request, so the next state would start while the container is still working.',
      },
      {
        text: 'A Task state with the `ecs:runTask.sync` resource, plus a `Catch` rule to the error-handling state.',
        correct: true,
        explanation:
          'The Run a Job (.sync) integration starts the task and waits until it stops, and a failure fails the state so that `Catch` can route it.',
      },
      {
        text: 'A Task state with the resource `arn:aws:states:::ecs:runTask`, followed by a Wait state of 60 minutes.',
        correct: false,
        explanation: 'A fixed wait guesses the runtime: it wastes time on short jobs, breaks on long ones and never sees a failure.',
      },
      {
        text: 'An EventBridge Scheduler schedule that runs the task every hour, independent of the state machine.',
        correct: false,
        explanation: 'A schedule has no link to the workflow, so the publishing state can’t know when the file is ready.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#step-functions',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html',
  },
  {
    id: 'q-batch-s3-upload-runs-task',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'Partners upload survey archives of up to 30 GB to an Amazon S3 bucket a few times a day. Each archive needs about 45 minutes of processing by an existing container image that uses 4 vCPU. The company wants processing to begin within minutes of each upload, no servers to manage, no charges while idle and no custom polling code. Which design is the most operationally efficient?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Turn on Amazon EventBridge notifications for the bucket and create an EventBridge rule for `Object Created` events whose target runs the ECS task definition on Fargate, using a role allowed `ecs:RunTask` and `iam:PassRole`.',
        correct: true,
        explanation:
          'Each upload becomes an event that starts a standalone Fargate task, which suits long jobs, needs no servers or polling, and costs nothing between uploads.',
      },
      {
        text: 'Configure an S3 event notification that invokes an AWS Lambda function to process the archive.',
        correct: false,
        explanation: 'The processing takes 45 minutes, far beyond Lambda’s 15-minute limit.',
      },
      {
        text: 'Run an ECS service of one Fargate task that lists the bucket every minute and processes new objects.',
        correct: false,
        explanation: 'This is custom polling code and a task that runs and costs money all day for a few uploads.',
      },
      {
        text: 'Run the container on an EC2 instance in an Auto Scaling group with a schedule that scales to one instance during business hours.',
        correct: false,
        explanation: 'It adds instance management, pays for idle hours, and misses uploads outside the schedule.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#event-triggered-tasks',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/CWE_IAM_role.html',
  },
  {
    id: 'q-batch-aws-batch-simulations',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'A research institute must run 8,000 independent simulations, each a container needing 2 vCPU, 4 GB of memory and about 20 minutes. Failed runs must be retried automatically, a final aggregation job may start only after all simulations finish, and urgent projects must be able to jump the queue. The runs tolerate interruption, the budget is tight and the team doesn’t want to manage instances. Which solution fits best?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'AWS Batch with a Fargate Spot compute environment, an array job of 8,000 children with a retry strategy, a dependent aggregation job, and a higher-priority job queue for urgent work.',
        correct: true,
        explanation:
          'Batch provides queues with priorities, array jobs, retries and job dependencies, and a Fargate Spot compute environment runs the interruptible jobs cheaply without instances to manage.',
      },
      {
        text: 'A Step Functions Map state that calls ECS `RunTask` 8,000 times on Fargate, with retries in the state machine.',
        correct: false,
        explanation:
          'It can work, but you build the queueing, prioritization and throttling that Batch already provides, and On-Demand Fargate costs more than Spot.',
      },
      {
        text: 'An ECS service of workers on EC2 Spot Instances that read simulation IDs from an SQS queue.',
        correct: false,
        explanation: 'This needs instance management and custom code for the dependency on the aggregation job and for priorities.',
      },
      {
        text: 'An AWS Batch EC2 compute environment with a custom AMI and On-Demand instances.',
        correct: false,
        explanation: 'Nothing here needs a custom AMI or EC2; On-Demand instances raise cost and the team would manage the AMI.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#aws-batch',
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/array_jobs.html',
  },
  {
    id: 'q-batch-ec2-compute-environment-large-jobs',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'An engineering firm runs finite-element jobs in AWS Batch. A new solver version needs 48 vCPU and 256 GiB of memory per job. The current compute environment uses Fargate. What should the firm do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Raise the Fargate vCPU quota for the account.',
        correct: false,
        explanation: 'The quota limits how much Fargate capacity the account can use at once, not the size of one task.',
      },
      {
        text: 'Switch the job definition to Fargate Spot, which allows larger tasks.',
        correct: false,
        explanation: 'Fargate Spot offers the same task sizes as Fargate at a lower price.',
      },
      {
        text: 'Add the EC2 compute environment to the existing Fargate job queue.',
        correct: false,
        explanation: 'A Batch job queue can’t mix Fargate and EC2 compute environments; the EC2 environment needs its own queue.',
      },
      {
        text: 'Create an EC2 compute environment with suitable instance types and a job queue for it.',
        correct: true,
        explanation:
          'AWS recommends EC2 for Batch jobs that need more than 16 vCPU or 120 GiB of memory, and a queue can’t mix EC2 and Fargate environments.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#aws-batch',
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html',
  },
  {
    id: 'q-batch-sqs-backlog-per-task',
    page: '/docs/ecs/event-driven-batch/',
    service: 'ECS',
    scenario:
      'Image-processing workers run as an Amazon ECS service on AWS Fargate and consume an Amazon SQS queue. Each message takes about 6 seconds, and the business accepts at most 60 seconds of waiting. Target tracking on 60% CPU scales too late because the workers mostly wait on network calls. Which scaling policy should replace it?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Step scaling on the queue’s count of visible messages, adding one task for every 1,000 of them.',
        correct: false,
        explanation:
          'Queue length alone ignores how many workers are already draining it, so the step sizes are guesses and the latency target is not tracked.',
      },
      {
        text: 'Target tracking on a metric math expression of visible messages divided by running tasks, with a target value of 10.',
        correct: true,
        explanation:
          'Backlog per task is the AWS-documented signal for queue workers; 60 seconds of acceptable wait divided by 6 seconds per message gives 10 messages per task.',
      },
      {
        text: 'Target tracking on 20% CPU utilization so that the service scales out earlier.',
        correct: false,
        explanation: 'CPU stays low while I/O-bound workers fall behind, so a lower CPU target still doesn’t follow the queue.',
      },
      {
        text: 'Scheduled scaling to a high desired count during business hours.',
        correct: false,
        explanation: 'A fixed schedule over-provisions quiet hours and can’t react to bursts outside the plan.',
      },
    ],
    learnMore: '/docs/ecs/event-driven-batch/#sqs-backlog-scaling',
    source: 'https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking-metric-math.html',
  },
] as const satisfies readonly Question[];
