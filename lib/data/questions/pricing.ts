import type { Question } from './types';

/** Practice questions shown on /docs/pricing/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-pricing-eks-control-plane-math',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'An account has three Amazon EKS clusters that each run for a full 730-hour month. Two run a Kubernetes version in standard support, and the third has stayed on a version that is now in extended support. What is the total control-plane charge for the month, before compute and other resources?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'About $219, because every cluster pays $0.10 per hour.',
        correct: false,
        explanation:
          'The $0.10 rate applies only in standard support; since extended-support pricing took effect in April 2024, a cluster on an extended-support version pays more.',
      },
      {
        text: 'About $657, because the extended-support cluster pays $0.60 per hour on top of the $0.10 base rate.',
        correct: false,
        explanation: 'The $0.60 is the whole hourly rate for a cluster in extended support, not a surcharge added to $0.10.',
      },
      {
        text: 'About $584: two clusters at 730 × $0.10 plus one at 730 × $0.60.',
        correct: true,
        explanation:
          'Each standard-support cluster costs about $73 and the extended-support cluster about $438, because $0.60 per cluster-hour is the full extended-support rate.',
      },
      {
        text: 'About $1,314, because one cluster in extended support moves every cluster in the account to $0.60 per hour.',
        correct: false,
        explanation:
          'The rate is set per cluster by that cluster’s own Kubernetes version, so the two standard-support clusters stay at $0.10 per hour.',
      },
    ],
    learnMore: '/docs/pricing/#eks-control-plane-cost',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing',
  },
  {
    id: 'q-pricing-fargate-requested-not-used',
    page: '/docs/pricing/',
    service: 'ECS',
    scenario:
      'A company runs an internal API as an Amazon ECS service on AWS Fargate with 12 tasks, each defined with 4 vCPU and 16 GB. Amazon CloudWatch shows the tasks averaging 8% CPU and 3 GB of memory, yet the monthly Fargate bill did not fall when traffic dropped. The finance team wants the bill to follow demand without changing the application. What should a solutions architect do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Nothing: Fargate charges only for the CPU and memory the containers actually consume, so the bill already tracks usage.',
        correct: false,
        explanation:
          'Fargate bills the vCPU and memory a task requests for as long as it runs, busy or idle, so oversized tasks cost the same at 8% CPU as at 100%.',
      },
      {
        text: 'Register a smaller task definition revision sized to the measured demand, and add Service Auto Scaling so that the task count follows traffic.',
        correct: true,
        explanation:
          'Because Fargate charges for the requested resources over the task’s lifetime, right-sizing the request and scaling the number of tasks are what make the bill follow demand.',
      },
      {
        text: 'Buy an EC2 Instance Savings Plan for the instance family that Fargate runs on.',
        correct: false,
        explanation:
          'EC2 Instance Savings Plans don’t apply to Fargate; only Compute Savings Plans do, and a commitment discounts the rate without removing the oversizing.',
      },
      {
        text: 'Move the service to the Windows operating system on Fargate, which bills per task instead of per vCPU.',
        correct: false,
        explanation:
          'Windows on Fargate is also billed by requested vCPU and memory; changing the operating system changes the rate, not the billing model.',
      },
    ],
    learnMore: '/docs/pricing/#fargate-pricing',
    source: 'https://aws.amazon.com/fargate/pricing/',
  },
  {
    id: 'q-pricing-auto-mode-node-fee',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A team compares two ways of running the same fleet of m7i.2xlarge nodes for an Amazon EKS cluster: EKS Auto Mode, or a managed node group scaled by Cluster Autoscaler. Apart from the cluster fee, how do the bills differ?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'They are identical, because both options only bill the EC2 instances.',
        correct: false,
        explanation: 'Managed node groups add no fee, but EKS Auto Mode charges its own fee for each instance it launches.',
      },
      {
        text: 'Auto Mode adds a per-instance management fee on top of the EC2 price; the managed node group adds no fee of its own.',
        correct: true,
        explanation:
          'With Auto Mode you pay EC2 plus a separate fee that varies by instance type and Region; managed node groups cost only the resources they use.',
      },
      {
        text: 'The managed node group adds a per-node management fee; Auto Mode is included in the cluster fee.',
        correct: false,
        explanation: 'It is the other way round: managed node groups are free to use, and Auto Mode carries a per-instance fee.',
      },
      {
        text: 'Auto Mode replaces EC2 billing with per-pod vCPU billing, as Fargate does.',
        correct: false,
        explanation:
          'Auto Mode nodes are EC2 instances billed at EC2 prices, plus the Auto Mode fee; billing by pod request is a Fargate model.',
      },
    ],
    learnMore: '/docs/pricing/#auto-mode-fee',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/auto-mng.html',
  },
  {
    id: 'q-pricing-savings-plans-fargate',
    page: '/docs/pricing/',
    service: 'both',
    scenario:
      'A company runs a steady baseline of about 400 vCPUs of Amazon ECS tasks on AWS Fargate all year, plus unpredictable peaks. It expects to move part of the baseline to Amazon EKS on EC2 within 18 months and wants a commitment discount that follows the workload through that move. Which purchase option fits best?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'EC2 Reserved Instances for the instance types the future EKS nodes will use.',
        correct: false,
        explanation: 'Reserved Instances apply to matching EC2 usage only, so they give nothing while the baseline runs on Fargate.',
      },
      {
        text: 'Fargate Spot for the whole baseline.',
        correct: false,
        explanation:
          'Spot capacity can be reclaimed at any time, which does not suit a steady baseline that must keep running, and it is not a commitment discount.',
      },
      {
        text: 'A Compute Savings Plan sized to the steady baseline, leaving the peaks at on-demand rates.',
        correct: true,
        explanation:
          'A Compute Savings Plan discounts Fargate, EC2 and Lambda usage for a one- or three-year commitment, so the discount keeps applying when the baseline moves from Fargate to EKS nodes on EC2. An EC2 Instance Savings Plan would not cover the Fargate part.',
      },
      {
        text: 'No commitment: buy enough On-Demand Capacity Reservations to cover the peaks.',
        correct: false,
        explanation: 'Capacity Reservations reserve EC2 capacity at on-demand prices; they lower no bill and don’t apply to Fargate.',
      },
    ],
    learnMore: '/docs/pricing/#fargate-pricing',
    source: 'https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html',
  },
  {
    id: 'q-pricing-hybrid-nodes-billing',
    page: '/docs/pricing/',
    service: 'EKS',
    scenario:
      'A manufacturer attaches 20 on-premises servers of 32 vCPUs each to an Amazon EKS cluster as EKS Hybrid Nodes, but keeps half of them detached from the cluster at weekends. How is the hybrid capacity billed by Amazon EKS?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A flat monthly fee per server, whether or not it is attached.',
        correct: false,
        explanation: 'Hybrid Nodes have no flat or minimum fee; the charge follows the time each node is attached.',
      },
      {
        text: 'Per hour for each hybrid node’s vCPUs while the node is attached to the cluster, with no upfront commitment.',
        correct: true,
        explanation:
          'EKS bills Hybrid Nodes per vCPU-hour while they are attached, and charges stop when a node is removed from the cluster.',
      },
      {
        text: 'Nothing, because the servers belong to the customer; only the cluster fee applies.',
        correct: false,
        explanation: 'The hardware is the customer’s, but EKS still charges for the vCPUs of hybrid nodes attached to its clusters.',
      },
      {
        text: 'At EC2 On-Demand rates for the closest matching instance type.',
        correct: false,
        explanation: 'No EC2 instances are involved; the charge is an EKS Hybrid Nodes rate per vCPU-hour.',
      },
    ],
    learnMore: '/docs/pricing/#other-eks-charges',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-overview.html',
  },
] as const satisfies readonly Question[];
