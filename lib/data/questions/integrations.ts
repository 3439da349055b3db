import type { Question } from './types';

/** Practice questions shown on /docs/integrations/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-integrations-app-mesh-cutover',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'An architect is reviewing the runbook a company followed in 2025 to move 30 Amazon ECS services from AWS App Mesh to ECS Service Connect without downtime. Which approach in the runbook matches AWS guidance?',
    exam: 'SAA',
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
        explanation: 'Service Connect is an ECS feature; on EKS, AWS points App Mesh users to VPC Lattice instead.',
      },
      {
        text: 'Replace the mesh with AWS Cloud Map DNS records and have each client resolve them directly.',
        correct: false,
        explanation:
          'Plain DNS discovery drops the retries, outlier detection and metrics that the mesh provided, and it is not the migration path AWS describes.',
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
    id: 'q-integrations-service-connect-tls',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'A payments company runs 40 microservices as Amazon ECS services that already call each other through ECS Service Connect. A new compliance rule requires TLS for all service-to-service traffic, with certificates from a private CA the company controls and rotated automatically. Developers must not add certificate handling to application code. Which solution meets these requirements with the least operational overhead?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Issue certificates from AWS Certificate Manager, bake them into each image, and rebuild the images before the certificates expire.',
        correct: false,
        explanation:
          'Certificates inside images must be handled by the apps and rotated by rebuilding every image, which breaks both requirements.',
      },
      {
        text: 'Put an internal Application Load Balancer with an HTTPS listener in front of every service and route all calls through it.',
        correct: false,
        explanation:
          'Forty internal load balancers add cost and hops, and traffic from the load balancer to the tasks is still a separate hop to secure.',
      },
      {
        text: 'Turn on Service Connect TLS for each service, pointing it at a CA in AWS Private Certificate Authority.',
        correct: true,
        explanation:
          'With Service Connect TLS, ECS issues, rotates and distributes the certificates from the chosen AWS Private CA to the Service Connect proxies, so the apps need no change.',
      },
      {
        text: 'Move the services back to AWS App Mesh and enable mutual TLS on the virtual nodes.',
        correct: false,
        explanation: 'App Mesh reached end of support on 30 September 2026, so it can’t be part of a current design.',
      },
    ],
    learnMore: '/docs/integrations/#service-connect-tls',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-tls.html',
  },
  {
    id: 'q-integrations-lattice-ecs-and-eks',
    page: '/docs/integrations/',
    service: 'both',
    scenario:
      'After an acquisition, a company has Amazon ECS services in one AWS account and Kubernetes services on Amazon EKS in another account, each in its own VPC with overlapping CIDR ranges. Services on both sides must call each other by name with IAM-based access control, without sidecar proxies and without re-addressing either VPC. What should a solutions architect recommend?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Peer the two VPCs and register all services in a shared AWS Cloud Map namespace.',
        correct: false,
        explanation:
          'VPC peering can’t connect VPCs with overlapping CIDR ranges, and Cloud Map alone adds no IAM-based access control between services.',
      },
      {
        text: 'Extend ECS Service Connect to the EKS cluster by adding its pods to the Service Connect namespace.',
        correct: false,
        explanation:
          'Service Connect takes in only tasks that ECS services create; Kubernetes pods can’t join a Service Connect namespace.',
      },
      {
        text: 'Create an Amazon VPC Lattice service network shared with both accounts, register the ECS services through their VPC Lattice configuration, and expose the EKS services through the AWS Gateway API Controller.',
        correct: true,
        explanation:
          'VPC Lattice connects services across VPCs and accounts without sidecars; ECS services register with Lattice target groups natively and EKS uses the Gateway API Controller.',
      },
      {
        text: 'Deploy AWS App Mesh in both accounts and share the mesh with AWS RAM.',
        correct: false,
        explanation: 'App Mesh reached end of support on 30 September 2026 and is not an option for new designs.',
      },
    ],
    learnMore: '/docs/integrations/#vpc-lattice',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_VpcLatticeConfiguration.html',
  },
  {
    id: 'q-integrations-cloud-map-outside-clients',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'A reporting application on EC2 instances, not managed by Amazon ECS, must find the tasks of an ECS service called `inventory` by a DNS name inside the VPC. The tasks use the `awsvpc` network mode. Which feature should the team configure on the ECS service?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'ECS service discovery, which registers the tasks in an AWS Cloud Map namespace with DNS records.',
        correct: true,
        explanation:
          'Service discovery keeps a Cloud Map namespace up to date with the service’s tasks, so any client in the VPC that resolves the name can reach them.',
      },
      {
        text: 'ECS Service Connect, so that the EC2 application can call the short name `inventory`.',
        correct: false,
        explanation:
          'Service Connect short names work for tasks that ECS services create inside the namespace, not for applications running elsewhere.',
      },
      {
        text: 'An ECS task placement constraint that pins the tasks to the same Availability Zone as the EC2 instances.',
        correct: false,
        explanation: 'Placement decides where tasks run; it gives them no name that other hosts can resolve.',
      },
      {
        text: 'ECS Exec, so that the application can look up the task IP addresses.',
        correct: false,
        explanation: 'ECS Exec opens a shell in a container for troubleshooting; it is not a discovery mechanism.',
      },
    ],
    learnMore: '/docs/integrations/#service-discovery',
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html',
  },
  {
    id: 'q-integrations-service-connect-resilience',
    page: '/docs/integrations/',
    service: 'ECS',
    scenario:
      'Teams running 12 Amazon ECS services want calls between services to retry automatically, to stop sending traffic to tasks that keep failing, and to publish request metrics to CloudWatch. They don’t want to operate a service mesh or change application code. What should they use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An internal Network Load Balancer in front of each service.',
        correct: false,
        explanation:
          'An NLB spreads connections at layer 4 but gives no per-request retries or application-level metrics between services.',
      },
      {
        text: 'Amazon Route 53 failover records for each service.',
        correct: false,
        explanation: 'DNS failover reacts to health checks slowly and adds neither retries nor per-request metrics.',
      },
      {
        text: 'ECS Service Connect, with a Cloud Map namespace set on the services.',
        correct: true,
        explanation:
          'Service Connect adds a managed proxy to each task that retries, ejects failing endpoints through outlier detection and sends traffic metrics to CloudWatch.',
      },
      {
        text: 'A Fluent Bit sidecar in every task to collect request logs.',
        correct: false,
        explanation: 'A log router collects logs; it does not retry calls or route around failing tasks.',
      },
    ],
    learnMore: '/docs/integrations/#service-discovery',
    source: 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect',
  },
] as const satisfies readonly Question[];
