import type { OptionDef, QuestionDef, Reason, Rule } from './types';

/**
 * The decision guide's questions, options and rules: typed data, in our own words, using only facts checked
 * against the AWS documentation cited on the pages each reason links to. The engine applies them, the no-JavaScript
 * table renders the same rules, and the unit tests pin the facts. Every `href` must name a section that exists.
 */

export const DECISION_QUESTIONS = [
  {
    id: 'k8s',
    question: 'Does your team run Kubernetes today, or need its ecosystem?',
    help: 'For example Helm charts, operators, Argo CD, or manifests that must stay portable to other Kubernetes clusters.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'You run Kubernetes or need its ecosystem' },
      { value: 'no', label: 'No', phrase: 'Nobody needs Kubernetes' },
    ],
  },
  {
    id: 'servers',
    question: 'Do you want to look after servers yourself?',
    help: 'Picking instance types and machine images, patching them and scaling the fleet.',
    choices: [
      { value: 'no', label: 'No, AWS should run the hosts', phrase: 'You want no servers to manage' },
      { value: 'yes', label: 'Yes, I want control of the instances', phrase: 'You want control of the servers' },
    ],
  },
  {
    id: 'gpu',
    question: 'Do your containers need GPUs?',
    help: 'Machine learning training or inference, video processing and other accelerated work.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'You need GPUs' },
      { value: 'no', label: 'No', phrase: 'No GPUs' },
    ],
  },
  {
    id: 'windows',
    question: 'Do you need Windows containers?',
    help: 'Windows Server containers, for example for .NET Framework applications.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'You need Windows containers' },
      { value: 'no', label: 'No', phrase: 'Linux containers only' },
    ],
  },
  {
    id: 'daemon',
    question: 'Do you need an agent on every host?',
    help: 'A daemon that runs one copy per server, such as a log shipper or a monitoring or security agent.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'You need an agent on every host' },
      { value: 'no', label: 'No', phrase: 'No per-host agent' },
    ],
  },
  {
    id: 'onprem',
    question: 'Must some containers run on your own servers?',
    help: 'Machines in your data centre or at the edge, managed from AWS.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'Some containers must run on your own servers' },
      { value: 'no', label: 'No', phrase: 'Everything runs in AWS' },
    ],
  },
  {
    id: 'spot',
    question: 'Is cost the priority, and can the work be interrupted?',
    help: 'Spot capacity costs much less, but AWS can take it back at short notice.',
    choices: [
      { value: 'yes', label: 'Yes', phrase: 'Cost comes first and the work can be interrupted' },
      { value: 'no', label: 'No', phrase: 'The work must not be interrupted' },
    ],
  },
] as const satisfies readonly QuestionDef[];

export type QuestionId = (typeof DECISION_QUESTIONS)[number]['id'];
export type Answers = Partial<Record<QuestionId, 'yes' | 'no'>>;

export const OPTIONS = {
  'ecs-fargate': {
    name: 'ECS on Fargate',
    orchestrator: 'ecs',
    kind: 'compute',
    hosts: 'none',
    why: {
      text: 'No servers at all: you size each task and AWS runs everything underneath. It also runs Windows tasks, at 1, 2 or 4 vCPU.',
      href: '/docs/compute-options/#fargate',
      see: 'Fargate',
    },
  },
  'ecs-managed-instances': {
    name: 'ECS Managed Instances',
    orchestrator: 'ecs',
    kind: 'compute',
    hosts: 'aws',
    why: {
      text: 'Real EC2 instances, GPU types included, that AWS provisions, patches and scales for you. Linux containers only; Managed Daemons (April 2026) cover per-host agents.',
      href: '/docs/compute-options/#managed-instances',
      see: 'ECS Managed Instances',
    },
  },
  'ecs-ec2': {
    name: 'ECS on EC2',
    orchestrator: 'ecs',
    kind: 'compute',
    hosts: 'you',
    why: {
      text: 'Tasks on EC2 instances you choose, patch and scale: every instance type, Linux or Windows, GPUs, the DAEMON strategy and the widest choice of volumes.',
      href: '/docs/compute-options/#ec2-launch-type',
      see: 'EC2 launch type',
    },
  },
  'eks-auto-mode': {
    name: 'EKS with Auto Mode',
    orchestrator: 'eks',
    kind: 'compute',
    hosts: 'aws',
    why: {
      text: 'Kubernetes on EC2 nodes that AWS launches, scales, patches and replaces, with load balancing, block storage and GPU support built in. The pricing page shows what Auto Mode adds to the bill.',
      href: '/docs/eks/compute/#auto-mode',
      see: 'EKS Auto Mode',
    },
  },
  'eks-managed-node-groups': {
    name: 'EKS managed node groups',
    orchestrator: 'eks',
    kind: 'compute',
    hosts: 'you',
    why: {
      text: 'EC2 nodes in an Auto Scaling group that EKS creates, with the instance types you pick, accelerated AMIs for GPUs, custom AMIs, On-Demand or Spot. You start the updates and run an autoscaler.',
      href: '/docs/eks/compute/#managed-node-groups',
      see: 'Managed node groups',
    },
  },
  'eks-fargate': {
    name: 'EKS on Fargate',
    orchestrator: 'eks',
    kind: 'compute',
    hosts: 'none',
    why: {
      text: 'No nodes: each pod runs in its own isolation boundary. The price is a list of limits: no DaemonSets, GPUs, EBS volumes, Windows, ARM64 or Fargate Spot.',
      href: '/docs/eks/compute/#fargate-profiles',
      see: 'Fargate profiles',
    },
  },
  'fargate-spot': {
    name: 'Fargate Spot',
    orchestrator: 'ecs',
    kind: 'addition',
    hosts: 'none',
    why: {
      text: 'Runs interruptible tasks on spare capacity for up to 70% less; AWS can stop them with a two-minute warning. Linux tasks on x86_64 or ARM64 only, not Windows.',
      href: '/docs/ecs/scaling-capacity/#fargate-spot',
      see: 'Fargate Spot (ECS only)',
    },
  },
  'ec2-spot': {
    name: 'Spot Instances',
    orchestrator: 'ecs',
    kind: 'addition',
    hosts: 'you',
    why: {
      text: 'Spot is a purchase option in the Auto Scaling group capacity provider (ECS on EC2), and ECS Managed Instances has offered Spot capacity since December 2025.',
      href: '/docs/pricing/#ec2-purchase-options',
      see: 'EC2 purchase options',
    },
  },
  'eks-spot': {
    name: 'Spot nodes',
    orchestrator: 'eks',
    kind: 'addition',
    hosts: 'you',
    why: {
      text: 'A managed node group with the Spot capacity type, scaled by Cluster Autoscaler or Karpenter, runs the interruptible pods on Spot EC2 capacity.',
      href: '/docs/eks/compute/#managed-node-groups',
      see: 'Managed node groups',
    },
  },
  'ecs-anywhere': {
    name: 'ECS Anywhere',
    orchestrator: 'ecs',
    kind: 'addition',
    hosts: 'you',
    why: {
      text: 'Tasks on your servers and VMs use the EXTERNAL launch type. Elastic Load Balancing does not reach them, so it suits outbound and data-processing work.',
      href: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere',
      see: 'ECS Anywhere for on-premises servers',
    },
  },
  'eks-hybrid-nodes': {
    name: 'EKS Hybrid Nodes',
    orchestrator: 'eks',
    kind: 'addition',
    hosts: 'you',
    why: {
      text: "Your machines need a VPN or Direct Connect link to the cluster's VPC. If the clusters must run without AWS at all, EKS Anywhere is the option instead.",
      href: '/docs/eks/compute/#hybrid-nodes',
      see: 'EKS Hybrid Nodes',
    },
  },
} as const satisfies Record<string, OptionDef>;

export type OptionId = keyof typeof OPTIONS;

/**
 * Where the guide starts: the options in order of preference for each orchestrator and answer to
 * "servers". The recommendation is the first one that no rule rules out (and, where possible, no
 * unconfirmed evidence speaks against).
 */
export const PREFERENCE = {
  ecs: {
    no: ['ecs-fargate', 'ecs-managed-instances', 'ecs-ec2'],
    yes: ['ecs-ec2', 'ecs-managed-instances'],
  },
  eks: {
    no: ['eks-auto-mode', 'eks-fargate', 'eks-managed-node-groups'],
    yes: ['eks-managed-node-groups', 'eks-auto-mode'],
  },
} as const satisfies Record<'ecs' | 'eks', Record<'yes' | 'no', readonly OptionId[]>>;

/** Why the orchestrator follows from the answer to the Kubernetes question. */
export const ORCHESTRATOR_REASONS = {
  eks: {
    text: 'EKS runs upstream, conformant Kubernetes, so your manifests, Helm charts, operators and skills carry over.',
    href: '/docs/choosing/#when-eks',
    see: 'When EKS is the better fit',
  },
  ecs: {
    text: 'Without a Kubernetes need, ECS is the simpler choice: fewer concepts, no control-plane fee and no Kubernetes versions to upgrade.',
    href: '/docs/choosing/#when-ecs',
    see: 'When ECS is the better fit',
  },
} as const satisfies Record<'ecs' | 'eks', Reason>;

/** Said when "no servers" was asked for but only an option with hosts to look after is left. */
export const SERVERS_FALLBACK: Reason = {
  text: 'You asked for no servers to manage, but the rules below rule out every option that takes the hosts off your hands for this mix, so this one leaves the instances to you.',
  href: '/docs/compute-options/#compute-options-host-management',
  see: 'Compute options: host management',
};

const FARGATE_OPTIONS = ['ecs-fargate', 'eks-fargate', 'fargate-spot'] as const;

export const RULES = [
  {
    id: 'gpu-rules-out-fargate',
    when: { gpu: 'yes' },
    effect: 'rules-out',
    options: FARGATE_OPTIONS,
    reason: {
      text: 'Fargate has no GPUs, on ECS or on EKS: a Fargate task definition that asks for one is rejected.',
      href: '/docs/compute-options/#gpu',
      see: 'GPU workloads',
    },
  },
  {
    id: 'daemon-rules-out-fargate',
    when: { daemon: 'yes' },
    effect: 'rules-out',
    options: FARGATE_OPTIONS,
    reason: {
      text: 'Fargate has no host to run an agent on: no DAEMON strategy on ECS and no DaemonSets on EKS. A sidecar in every task or pod is the only Fargate workaround.',
      href: '/docs/compute-options/#daemon-tasks',
      see: 'Daemon tasks',
    },
  },
  {
    id: 'windows-rules-out-eks-fargate',
    when: { windows: 'yes' },
    effect: 'rules-out',
    options: ['eks-fargate'],
    reason: {
      text: 'EKS on Fargate does not run Windows pods. Serverless Windows containers exist only on ECS on Fargate.',
      href: '/docs/compute-options/#fargate-by-orchestrator-windows-containers',
      see: 'Fargate on ECS vs EKS: Windows containers',
    },
  },
  {
    id: 'windows-rules-out-managed-instances',
    when: { windows: 'yes' },
    effect: 'rules-out',
    options: ['ecs-managed-instances'],
    reason: {
      text: 'ECS Managed Instances runs Linux containers only.',
      href: '/docs/compute-options/#compute-options-operating-system',
      see: 'Compute options: operating system',
    },
  },
  {
    id: 'windows-rules-out-fargate-spot',
    when: { windows: 'yes' },
    effect: 'rules-out',
    options: ['fargate-spot'],
    reason: {
      text: 'Fargate Spot does not run Windows tasks; it takes Linux tasks on x86_64 or ARM64.',
      href: '/docs/ecs/scaling-capacity/#fargate-spot',
      see: 'Fargate Spot (ECS only)',
    },
  },
  {
    id: 'eks-rules-out-fargate-spot',
    when: { k8s: 'yes' },
    effect: 'rules-out',
    options: ['fargate-spot'],
    reason: {
      text: 'Amazon EKS does not support Fargate Spot; it is an ECS-only capacity provider.',
      href: '/docs/compute-options/#fargate-by-orchestrator-fargate-spot',
      see: 'Fargate on ECS vs EKS: Fargate Spot',
    },
  },
  {
    id: 'windows-demotes-auto-mode',
    when: { k8s: 'yes', windows: 'yes' },
    effect: 'demotes',
    unconfirmed: true,
    options: ['eks-auto-mode'],
    reason: {
      text: 'Windows nodes on EKS Auto Mode: the EKS documentation we checked describes Auto Mode nodes built on Bottlerocket, a Linux distribution, and does not say whether Windows nodes are possible, so the guide prefers another node type but does not rule Auto Mode out.',
      href: '/docs/eks/compute/#auto-mode',
      see: 'EKS Auto Mode',
    },
  },
  {
    id: 'windows-note-node-groups',
    when: { k8s: 'yes', windows: 'yes' },
    effect: 'note',
    options: ['eks-managed-node-groups'],
    reason: {
      text: 'Managed node groups offer Windows Server 2019 and 2022 AMI types in the commercial Regions that support Windows on EKS. Keep Linux or Fargate nodes in the cluster as well: core system pods such as CoreDNS run only on Linux.',
      href: '/docs/eks/compute/#eks-node-types',
      see: 'EKS node types compared',
    },
  },
  {
    id: 'windows-gpu-note',
    when: { windows: 'yes', gpu: 'yes' },
    effect: 'note',
    unconfirmed: true,
    options: ['ecs-ec2', 'eks-managed-node-groups', 'eks-auto-mode'],
    reason: {
      text: 'GPUs for Windows containers: the AWS pages this guide checked cover GPUs and Windows separately, never the two together. Check the documentation for your instance type and AMI before you plan on it.',
      href: '/docs/compute-options/#gpu',
      see: 'GPU workloads',
    },
  },
  {
    id: 'windows-without-servers-splits',
    when: { k8s: 'yes', windows: 'yes', servers: 'no' },
    effect: 'splits',
    options: ['ecs-fargate'],
    rest: { windows: 'no' },
    reason: {
      text: 'Serverless Windows containers exist only on ECS on Fargate, so run the Windows containers there and keep the Kubernetes workloads on EKS.',
      href: '/docs/choosing/#ecs-or-eks-serverless-windows-containers',
      see: 'Choosing: serverless Windows containers',
    },
  },
  {
    id: 'spot-adds-fargate-spot',
    when: { spot: 'yes' },
    effect: 'adds',
    options: ['ecs-fargate'],
    adds: 'fargate-spot',
    reason: {
      text: 'Put the interruptible tasks on Fargate Spot and keep a base of regular Fargate, mixed through a capacity provider strategy (base and weight).',
      href: '/docs/ecs/scaling-capacity/#fargate-spot',
      see: 'ECS scaling: Fargate Spot',
    },
  },
  {
    id: 'spot-adds-ec2-spot',
    when: { spot: 'yes', k8s: 'no' },
    effect: 'adds',
    options: ['ecs-ec2', 'ecs-managed-instances'],
    adds: 'ec2-spot',
    reason: {
      text: 'Buy the capacity for interruptible tasks as Spot Instances.',
      href: '/docs/pricing/#ec2-purchase-options',
      see: 'EC2 purchase options',
    },
  },
  {
    id: 'spot-adds-eks-spot',
    when: { spot: 'yes', k8s: 'yes' },
    effect: 'adds',
    options: ['eks-auto-mode', 'eks-managed-node-groups', 'eks-fargate'],
    adds: 'eks-spot',
    reason: {
      text: 'EKS has no Fargate Spot, so Spot savings on EKS come from Spot EC2 nodes.',
      href: '/docs/eks/compute/#trap-ekscompute-fargate-spot-ecs-only',
      see: 'Exam trap: Fargate Spot is ECS-only',
    },
  },
  {
    id: 'onprem-adds-ecs-anywhere',
    when: { onprem: 'yes', k8s: 'no' },
    effect: 'adds',
    options: ['ecs-fargate', 'ecs-managed-instances', 'ecs-ec2'],
    adds: 'ecs-anywhere',
    reason: {
      text: 'The same ECS control plane in AWS schedules tasks on your own servers.',
      href: '/docs/choosing/#hybrid',
      see: 'Hybrid and on-premises',
    },
  },
  {
    id: 'onprem-adds-hybrid-nodes',
    when: { onprem: 'yes', k8s: 'yes' },
    effect: 'adds',
    options: ['eks-auto-mode', 'eks-managed-node-groups', 'eks-fargate'],
    adds: 'eks-hybrid-nodes',
    reason: {
      text: 'Your own servers join the EKS cluster as nodes, while AWS runs the control plane.',
      href: '/docs/choosing/#hybrid',
      see: 'Hybrid and on-premises',
    },
  },
  {
    id: 'onprem-windows-note-ecs-anywhere',
    when: { onprem: 'yes', windows: 'yes', k8s: 'no' },
    effect: 'note',
    options: ['ecs-anywhere'],
    reason: {
      text: 'ECS Anywhere registers Windows Server hosts (2016, 2019, 2022 and 20H2) as well as several Linux distributions.',
      href: '/docs/ecs/anywhere-managed-instances/#ecs-anywhere-support',
      see: 'What ECS Anywhere supports',
    },
  },
  {
    id: 'onprem-windows-note-hybrid-nodes',
    when: { onprem: 'yes', windows: 'yes', k8s: 'yes' },
    effect: 'note',
    options: ['eks-hybrid-nodes'],
    reason: {
      text: 'AWS validates Hybrid Nodes on Linux only (Amazon Linux 2023, Ubuntu, Red Hat Enterprise Linux, or Bottlerocket on vSphere), so this is no way to run Windows containers on your own servers. ECS Anywhere does register Windows Server hosts.',
      href: '/docs/choosing/#on-prem-options-operating-systems',
      see: 'Hybrid options: operating systems',
    },
  },
] as const satisfies readonly Rule<QuestionId, OptionId>[];

export type RuleDef = (typeof RULES)[number];
