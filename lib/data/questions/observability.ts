import type { Question } from './types';

/** Practice questions shown on /docs/observability/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-observability-firelens-task-role',
    page: '/docs/observability/',
    service: 'ECS',
    scenario:
      'An application on Amazon ECS with AWS Fargate must send its container logs to Amazon OpenSearch Service and to Amazon Data Firehose instead of CloudWatch Logs. Which configuration meets the requirement?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Use the `awslogs` log driver and set its destinations to OpenSearch and Firehose.',
        correct: false,
        explanation: 'The `awslogs` driver writes only to CloudWatch Logs; other destinations need FireLens.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver, and grant only the task execution role write access to the destinations.',
        correct: false,
        explanation:
          'With FireLens the router writes to the destinations with the task role, so permissions on the execution role alone don’t let it deliver.',
      },
      {
        text: 'Add a Fluent Bit log router with `firelensConfiguration`, use the `awsfirelens` driver in the app containers, and grant the task role write access to the destinations.',
        correct: true,
        explanation:
          'FireLens routes container output through a Fluent Bit or Fluentd container to AWS and partner destinations, and the task role must allow writing to them.',
      },
      {
        text: 'Run Fluent Bit as an ECS service with the `DAEMON` strategy in the Fargate cluster.',
        correct: false,
        explanation: 'Fargate doesn’t run `DAEMON` services; on Fargate the log router runs as a container inside each task.',
      },
    ],
    learnMore: '/docs/observability/#awslogs-vs-firelens',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html',
  },
  {
    id: 'q-observability-eks-audit-log',
    page: '/docs/observability/',
    service: 'EKS',
    scenario:
      'Auditors want to know, for any future incident, which IAM identity created or deleted objects through the Kubernetes API of a production Amazon EKS cluster. The cluster has default settings. What should the team turn on?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An AWS CloudTrail trail for management events in the Region.',
        correct: false,
        explanation:
          'CloudTrail records calls to the Amazon EKS API, such as cluster configuration changes, not the Kubernetes API calls made inside the cluster.',
      },
      {
        text: 'The `audit` and `authenticator` control plane log types, sent to CloudWatch Logs.',
        correct: true,
        explanation:
          'Control plane logs are off by default; the audit log records who changed what in the cluster, and the authenticator log shows how IAM identities were mapped.',
      },
      {
        text: 'CloudWatch Container Insights with enhanced observability.',
        correct: false,
        explanation: 'Container Insights collects metrics and container logs, not a record of Kubernetes API requests by identity.',
      },
      {
        text: 'VPC Flow Logs on the cluster’s subnets.',
        correct: false,
        explanation: 'Flow logs show IP traffic, not which identity made which Kubernetes API call.',
      },
    ],
    learnMore: '/docs/observability/#control-plane-logging',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  },
  {
    id: 'q-observability-managed-prometheus-grafana',
    page: '/docs/observability/',
    service: 'EKS',
    scenario:
      'A platform team runs Prometheus and Grafana on EC2 for 15 Amazon EKS clusters in three accounts. The servers run out of disk, need patching, and lose data when an instance fails. The team wants to keep PromQL queries, existing dashboards and sign-in through IAM Identity Center, while running as little monitoring infrastructure as possible. What should a solutions architect recommend?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Move Prometheus and Grafana into each cluster as Helm releases backed by EBS volumes.',
        correct: false,
        explanation: 'The servers move but are still the team’s to scale, patch and back up, fifteen times over.',
      },
      {
        text: 'Replace Prometheus with CloudWatch Container Insights and rebuild the dashboards in CloudWatch.',
        correct: false,
        explanation:
          'Container Insights is useful, but dropping Prometheus means rewriting the PromQL queries and dashboards the team wants to keep.',
      },
      {
        text: 'Send metrics to Amazon Managed Service for Prometheus workspaces using its managed scrapers, and move the dashboards to an Amazon Managed Grafana workspace with IAM Identity Center sign-in.',
        correct: true,
        explanation:
          'Managed Service for Prometheus keeps PromQL and scales storage and queries, its agentless scrapers collect from EKS, and Managed Grafana hosts the dashboards with Identity Center or SAML sign-in.',
      },
      {
        text: 'Export metrics to Amazon S3 and query them with Amazon Athena from Grafana on EC2.',
        correct: false,
        explanation: 'This adds a pipeline to build and still leaves a Grafana server to run, and it loses the Prometheus query model.',
      },
    ],
    learnMore: '/docs/observability/#prometheus-grafana',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/prometheus.html',
  },
  {
    id: 'q-observability-eks-fargate-log-router',
    page: '/docs/observability/',
    service: 'EKS',
    scenario:
      'Pods of an Amazon EKS application run on AWS Fargate, and their logs must reach CloudWatch Logs. A developer tried to deploy Fluent Bit as a DaemonSet, but no Fluent Bit pods start on the Fargate nodes. What should the team do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create the `aws-observability` namespace and an `aws-logging` ConfigMap that configures the built-in Fluent Bit log router.',
        correct: true,
        explanation:
          'EKS on Fargate has a Fluent Bit router built in, configured through that ConfigMap in that namespace, because DaemonSets don’t run on Fargate.',
      },
      {
        text: 'Add a toleration to the DaemonSet so that it schedules onto Fargate nodes.',
        correct: false,
        explanation: 'Fargate doesn’t run DaemonSets at all; no toleration changes that.',
      },
      {
        text: 'Switch the pods to the `awslogs` Docker log driver in the pod spec.',
        correct: false,
        explanation: '`awslogs` is an ECS task definition setting; Kubernetes pod specs have no log driver field.',
      },
      {
        text: 'Turn on the `api` control plane log type for the cluster.',
        correct: false,
        explanation: 'Control plane logs come from the EKS control plane, not from application containers.',
      },
    ],
    learnMore: '/docs/observability/#eks-logging',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-logging.html',
  },
  {
    id: 'q-observability-opentelemetry-tracing',
    page: '/docs/observability/',
    service: 'both',
    scenario:
      'In 2026 a company adds distributed tracing to services that run on both Amazon ECS and Amazon EKS. Traces must appear in AWS X-Ray, the same instrumentation should work on both platforms, and the company wants an approach that will keep receiving feature updates for years. Which approach should a solutions architect choose?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Instrument with the AWS X-Ray SDKs and run the X-Ray daemon as a sidecar or DaemonSet.',
        correct: false,
        explanation:
          'The X-Ray SDKs and daemon have been in maintenance mode since 25 February 2026 and reach end of support on 25 February 2027.',
      },
      {
        text: 'Instrument with OpenTelemetry and send traces through the AWS Distro for OpenTelemetry collector to X-Ray.',
        correct: true,
        explanation:
          'AWS recommends OpenTelemetry-based instrumentation for X-Ray; ADOT runs on both ECS and EKS, where it is also available as an add-on.',
      },
      {
        text: 'Turn on CloudWatch Container Insights with enhanced observability on every cluster.',
        correct: false,
        explanation: 'Container Insights gives infrastructure metrics and logs, not distributed traces of requests.',
      },
      {
        text: 'Log a correlation ID in every service and search for it with CloudWatch Logs Insights.',
        correct: false,
        explanation: 'Correlation IDs help, but this is hand-built tracing without spans, timings or the X-Ray service map.',
      },
    ],
    learnMore: '/docs/observability/#adot-xray',
    source: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html',
  },
] as const satisfies readonly Question[];
