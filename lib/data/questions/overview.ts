import type { Question } from './types';

/** Practice questions shown on /docs/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-overview-app-mesh-replacements',
    page: '/docs/',
    service: 'both',
    scenario:
      'A retailer is designing service-to-service networking for a new platform where some teams deploy to Amazon ECS and others to Amazon EKS. The architect’s draft reuses a 2023 design that put AWS App Mesh under both, and the security team insists on AWS-managed components only. Which replacements should the architect choose? (Choose two.)',
    exam: 'SAP',
    choose: 2,
    options: [
      {
        text: 'Keep AWS App Mesh for both orchestrators, because only new customers were turned away and existing meshes keep working.',
        correct: false,
        explanation:
          'App Mesh reached end of support on 30 September 2026 and its console and resources are no longer accessible, so it has no place in a new design.',
      },
      {
        text: 'Use Amazon ECS Service Connect for the ECS services.',
        correct: true,
        explanation:
          'Service Connect is the App Mesh successor AWS recommends for ECS: on top of a Cloud Map namespace it adds a managed proxy that gives short-name discovery, retries and traffic metrics.',
      },
      {
        text: 'Use ECS Service Connect for the EKS workloads too, so that both teams share one mechanism.',
        correct: false,
        explanation:
          'Service Connect is configured on ECS services and task definitions; Kubernetes pods can’t join a Service Connect namespace. A shared layer for both orchestrators would be VPC Lattice, not Service Connect.',
      },
      {
        text: 'Use Amazon VPC Lattice through the AWS Gateway API Controller for the EKS workloads.',
        correct: true,
        explanation:
          'VPC Lattice, driven by Kubernetes Gateway API objects, connects services across clusters, VPCs and accounts without sidecars, and it is AWS’s recommended App Mesh replacement on EKS. ECS services can register with Lattice as well, so it can later span both teams.',
      },
      {
        text: 'Register every service in AWS Cloud Map and let clients resolve plain DNS names, which gives the same retries and traffic metrics as a mesh.',
        correct: false,
        explanation:
          'DNS-only Cloud Map discovery puts no proxy in the request path, so it provides none of the retries or metrics the design calls for.',
      },
    ],
    learnMore: '/docs/integrations/#app-mesh-end-of-support',
    source: 'https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html',
  },
  {
    id: 'q-overview-portability-conformance',
    page: '/docs/',
    service: 'both',
    scenario:
      'A software vendor ships its product to customers who run it on several clouds and in their own data centres. It wants to build the deployment artifacts once and use the same definitions on AWS and on every customer platform. Which AWS service should it standardise on, and why?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Amazon ECS, because ECS Anywhere runs the same tasks on servers outside AWS.',
        correct: false,
        explanation:
          'ECS Anywhere reaches servers outside AWS, but the tasks still come from ECS task definitions that only Amazon ECS reads, so other clouds’ platforms can’t use them.',
      },
      {
        text: 'Amazon EKS, because it runs upstream Kubernetes that is certified conformant, so the same manifests work on other conformant clusters.',
        correct: true,
        explanation:
          'Conformance is what makes Kubernetes definitions portable: applications written for upstream Kubernetes run on EKS and on any other conformant distribution without an AWS-specific rewrite.',
      },
      {
        text: 'AWS Fargate, because Fargate tasks run the same way on every cloud provider.',
        correct: false,
        explanation:
          'Fargate is AWS compute for ECS tasks and EKS pods; it does not run on other clouds, and it says nothing about the format of the deployment definitions.',
      },
      {
        text: 'Amazon ECR, because images stored there can be pulled by any container runtime.',
        correct: false,
        explanation:
          'A portable image is necessary but not enough: the requirement is portable deployment definitions, and those depend on the orchestrator, not the registry.',
      },
    ],
    learnMore: '/docs/#orchestrator',
    source: 'https://docs.aws.amazon.com/eks/latest/best-practices/control-plane.html',
  },
  {
    id: 'q-overview-ecs-no-version-upgrades',
    page: '/docs/',
    service: 'both',
    scenario:
      'A two-person operations team will run about a dozen stateless web services on AWS. After a bad experience with a self-hosted cluster, the team lead’s main requirement is never having to plan or test an orchestrator version upgrade. Nobody on the team uses Kubernetes. Which choice meets the requirement?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Amazon EKS with the cluster upgrade policy set to `STANDARD`.',
        correct: false,
        explanation:
          'The `STANDARD` policy makes EKS upgrade the cluster automatically when standard support ends; the upgrade still happens, and the team must make sure its workloads and add-ons work on the new Kubernetes version.',
      },
      {
        text: 'Amazon EKS with extended support enabled.',
        correct: false,
        explanation: 'Extended support postpones the upgrade by up to 12 months at a higher hourly rate; it does not remove it.',
      },
      {
        text: 'Amazon ECS on AWS Fargate.',
        correct: true,
        explanation:
          'ECS has no Kubernetes minor versions for the customer to move through: AWS operates the orchestrator, and Fargate removes the hosts too, which fits a small team without Kubernetes skills.',
      },
      {
        text: 'Amazon EKS with EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode manages the nodes and their components, but the cluster’s Kubernetes version still follows the EKS support lifecycle and has to be upgraded.',
      },
    ],
    learnMore: '/docs/#learning-curve',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  },
  {
    id: 'q-overview-mixed-teams',
    page: '/docs/',
    service: 'both',
    scenario:
      'A company is consolidating two product lines on AWS. Product A already runs on Kubernetes with Helm charts and a third-party operator that manages its database replicas, and its customers require the ability to run it on their own Kubernetes clusters. Product B is a set of simple APIs maintained by a small team with no Kubernetes skills that must keep operating costs and effort to a minimum. Which approach best meets both sets of requirements? (Choose two.)',
    exam: 'SAP',
    choose: 2,
    options: [
      {
        text: 'Run product A on Amazon EKS.',
        correct: true,
        explanation:
          'Helm charts, operators and the customers’ own Kubernetes clusters all depend on the Kubernetes API, which EKS provides as upstream, conformant Kubernetes.',
      },
      {
        text: 'Run product B on Amazon EKS too, so that one platform team runs a single orchestrator.',
        correct: false,
        explanation:
          'Standardising would force Kubernetes skills and an hourly cluster fee onto a team that needs neither, which contradicts product B’s requirement of minimal cost and effort.',
      },
      {
        text: 'Run product B on Amazon ECS with AWS Fargate.',
        correct: true,
        explanation:
          'ECS charges nothing for orchestration and Fargate removes the hosts, so a small team without Kubernetes skills runs its APIs with the least effort.',
      },
      {
        text: 'Rewrite product A as ECS task definitions and run it with ECS Anywhere at customer sites.',
        correct: false,
        explanation:
          'ECS Anywhere would put the tasks on customer servers but under the ECS API, not on the customers’ Kubernetes clusters, and the operator would have nothing to run against.',
      },
      {
        text: 'Run both products on self-managed Kubernetes on EC2 to avoid any per-cluster charges.',
        correct: false,
        explanation:
          'Running your own control plane adds far more operational work than the EKS hourly fee it saves, and product B gains nothing from Kubernetes.',
      },
    ],
    learnMore: '/docs/#orchestrator',
    source: 'https://aws.amazon.com/ecs/pricing/',
  },
  {
    id: 'q-overview-auto-mode-learning-curve',
    page: '/docs/',
    service: 'EKS',
    scenario:
      'A team new to Kubernetes must run a vendor application that ships only as a Helm chart, so it will use Amazon EKS. The team wants AWS to handle as much of the cluster plumbing as possible: choosing and patching nodes, scaling them, load balancing, cluster DNS and block storage. Which option requires the least work from the team?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Managed node groups, with Cluster Autoscaler, the AWS Load Balancer Controller and the EBS CSI driver installed as add-ons.',
        correct: false,
        explanation: 'This works, but the team installs, configures and upgrades each add-on and triggers node group updates itself.',
      },
      {
        text: 'EKS Auto Mode.',
        correct: true,
        explanation:
          'Auto Mode makes compute autoscaling, pod and service networking, load balancing, cluster DNS, block storage and GPU support managed parts of the cluster, and AWS patches and replaces the nodes.',
      },
      {
        text: 'Self-managed nodes with a hardened AMI that the team builds.',
        correct: false,
        explanation: 'Self-managed nodes leave AMI building, patching and scaling to the team, the opposite of what it asked for.',
      },
      {
        text: 'Amazon ECS with the Helm chart converted to task definitions.',
        correct: false,
        explanation: 'The vendor supports only its Helm chart, so leaving Kubernetes would mean maintaining an unsupported conversion.',
      },
    ],
    learnMore: '/docs/#learning-curve',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/automode.html',
  },
] as const satisfies readonly Question[];
