import type { Question } from './types';

/** Practice questions shown on /docs/cross-cloud/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-crosscloud-azure-container-apps',
    page: '/docs/cross-cloud/',
    service: 'ECS',
    scenario:
      'A company runs its web services as Amazon ECS services on AWS Fargate and releases them as new task definition revisions. A newly acquired subsidiary must run the same design on Microsoft Azure using serverless, orchestrated containers that keep replicas running and can split traffic between revisions. Which Azure service is the closest match?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Azure Container Instances (ACI).',
        correct: false,
        explanation:
          'ACI starts container groups with no orchestration layer, so nothing maintains a replica count or shifts traffic; it resembles a single ECS `RunTask` more than a service.',
      },
      {
        text: 'Azure Kubernetes Service on the Free tier.',
        correct: false,
        explanation:
          'AKS is the counterpart of Amazon EKS rather than ECS, and its Free tier lacks a financially backed SLA and is meant for small non-production clusters.',
      },
      {
        text: 'Azure Container Apps.',
        correct: true,
        explanation:
          'Microsoft’s current AWS-to-Azure compute mapping pairs Amazon ECS and AWS Fargate with Container Apps, a serverless platform with revisions and traffic splitting that runs on AKS with KEDA, Dapr and Envoy.',
      },
      {
        text: 'AKS with the Istio add-on.',
        correct: false,
        explanation:
          'Microsoft maps the Istio add-on to AWS App Mesh, and it still needs an AKS cluster to run, so it is neither serverless nor the ECS counterpart.',
      },
    ],
    learnMore: '/docs/cross-cloud/#azure-container-apps-vs-aci',
    source: 'https://learn.microsoft.com/azure/architecture/aws-professional/compute',
  },
  {
    id: 'q-crosscloud-cloud-run-min-instances',
    page: '/docs/cross-cloud/',
    service: 'ECS',
    scenario:
      'A company is mapping its ECS on Fargate services to Google Cloud Run. Most services should scale in to zero instances when they receive no traffic, but one customer-facing API must avoid cold starts. How can the company meet both needs?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'It can’t: Cloud Run never scales to zero, so every service keeps at least one instance running.',
        correct: false,
        explanation:
          'By default a Cloud Run revision that receives no traffic scales in to zero instances.',
      },
      {
        text: 'Keep the default scaling on most services and set a minimum number of instances on the customer-facing API.',
        correct: true,
        explanation:
          'Idle Cloud Run revisions scale to zero by default, and a minimum-instances setting keeps that many instances warm for the one service that can’t tolerate cold starts.',
      },
      {
        text: 'Move the customer-facing API to GKE Autopilot, which carries no cluster management fee.',
        correct: false,
        explanation:
          'GKE charges a cluster management fee, so Autopilot is not a fee-free way to keep one API warm, and Cloud Run can already do it.',
      },
      {
        text: 'Set minimum instances to zero on the customer-facing API so that Cloud Run keeps it warm.',
        correct: false,
        explanation:
          'A minimum of zero is the scale-to-zero default; only a minimum above zero keeps instances warm.',
      },
    ],
    learnMore: '/docs/cross-cloud/#google-cloud-run',
    source: 'https://cloud.google.com/run/docs/about-instance-autoscaling',
  },
  {
    id: 'q-crosscloud-aks-standard-tier',
    page: '/docs/cross-cloud/',
    service: 'EKS',
    scenario:
      'An architect is comparing the control-plane cost of a production Amazon EKS cluster with Azure Kubernetes Service (AKS). A colleague argues that AKS is cheaper because its control plane is free. The production cluster needs a financially backed uptime SLA. Which comparison is correct?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Compare EKS with the AKS Free tier, which Microsoft recommends for production clusters of any size.',
        correct: false,
        explanation:
          'The Free tier has no financially backed SLA, and Microsoft recommends it for non-production clusters with fewer than 10 nodes.',
      },
      {
        text: 'Compare EKS with AKS Premium, because only Premium includes an uptime SLA.',
        correct: false,
        explanation:
          'Standard already carries the uptime SLA; what Premium adds is long-term support for Kubernetes versions.',
      },
      {
        text: 'Compare EKS with GKE Autopilot instead, because AKS has no production tier.',
        correct: false,
        explanation:
          'AKS offers Free, Standard and Premium tiers, and Standard is the one Microsoft recommends for production.',
      },
      {
        text: 'Compare EKS with the AKS Standard tier, which is billed per cluster-hour and carries the uptime SLA.',
        correct: true,
        explanation:
          'Standard is the recommended production tier, with a 99.95% SLA when the cluster uses availability zones, and like EKS it charges for each cluster-hour.',
      },
    ],
    learnMore: '/docs/cross-cloud/#aks-tiers',
    source: 'https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers',
  },
] as const satisfies readonly Question[];
