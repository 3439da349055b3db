import type { Question } from './types';

/** Practice questions shown on /docs/eks/compute/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-ekscompute-auto-mode-gpu-least-ops',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A startup with a two-person platform team is moving its inference service to Amazon EKS. The pods need GPU instances, and the team wants AWS to choose, scale and patch the EC2 nodes. Which compute option meets these requirements with the least operational overhead?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A managed node group that uses the EKS-optimized accelerated AMI.',
        correct: false,
        explanation:
          'Managed node groups support GPUs, but the team must start node updates itself and must also run Cluster Autoscaler or Karpenter, because node groups don’t scale on their own.',
      },
      {
        text: 'EKS Auto Mode.',
        correct: true,
        explanation:
          'Auto Mode picks, launches, scales, patches and replaces the EC2 instances for pending pods, and it supports GPUs, so the team manages no nodes.',
      },
      {
        text: 'A Fargate profile for the inference namespace.',
        correct: false,
        explanation: 'EKS on Fargate has no GPU support, so GPU pods would never be scheduled there.',
      },
      {
        text: 'Self-managed GPU nodes built from a custom AMI, scaled by Karpenter.',
        correct: false,
        explanation:
          'This works, but the team would build the AMI, patch the nodes and operate Karpenter itself, which is the most effort of the options.',
      },
    ],
    learnMore: '/docs/eks/compute/#auto-mode',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/automode.html',
  },
  {
    id: 'q-ekscompute-batch-spot-not-fargate',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A media company runs nightly transcoding Jobs on an existing Amazon EKS cluster. The Jobs can be retried if interrupted, and the company wants the lowest compute cost. Which approach should a solutions architect choose?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Create a Fargate profile for the batch namespace and set its capacity to Fargate Spot.',
        correct: false,
        explanation: 'Amazon EKS doesn’t support Fargate Spot; Fargate Spot is a capacity provider of Amazon ECS.',
      },
      {
        text: 'Create a Fargate profile for the batch namespace using regular Fargate capacity.',
        correct: false,
        explanation:
          'This runs the Jobs without nodes, but at full Fargate prices with no Spot discount, so it is not the cheapest choice for interruptible work.',
      },
      {
        text: 'Create a managed node group with the Spot capacity type for the batch Jobs.',
        correct: true,
        explanation:
          'Managed node groups support On-Demand or Spot capacity, and Spot suits work that can be retried after an interruption, at a large discount.',
      },
      {
        text: 'Create a managed node group with On-Demand capacity on larger instance types.',
        correct: false,
        explanation:
          'Larger On-Demand instances may finish sooner, but they pay full On-Demand rates and ignore the fact that the Jobs tolerate interruption.',
      },
    ],
    learnMore: '/docs/eks/compute/#fargate-limits',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
  {
    id: 'q-ekscompute-custom-ami-managed-node-group',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A healthcare company’s security team requires every Amazon EKS node to boot from its own hardened AMI with a monitoring agent baked in, and administrators occasionally need SSH access to nodes. The company wants EKS to handle draining and replacing nodes during updates. Which option requires the least effort while meeting these rules?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A managed node group whose EC2 launch template specifies the custom AMI.',
        correct: true,
        explanation:
          'Managed node groups accept custom AMIs through launch templates, and a node group update replaces nodes gradually while draining pods, so the team needn’t script node replacement.',
      },
      {
        text: 'EKS Auto Mode with a NodePool that references the hardened AMI.',
        correct: false,
        explanation: 'Auto Mode nodes run AMIs that EKS selects and updates, and they don’t allow SSH or SSM access.',
      },
      {
        text: 'A Fargate profile that covers every namespace.',
        correct: false,
        explanation:
          'Fargate gives no access to the underlying VM and no choice of image, so neither the hardened AMI nor SSH is possible.',
      },
      {
        text: 'Self-managed nodes in an Auto Scaling group launched from the custom AMI.',
        correct: false,
        explanation:
          'Self-managed nodes allow the custom AMI, but the team must build its own process to cordon, drain and replace them, which is more effort than a managed node group.',
      },
    ],
    learnMore: '/docs/eks/compute/#managed-node-groups',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
  {
    id: 'q-eksarch-hybrid-nodes-factory',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A manufacturer has GPU servers in a factory that must keep processing camera data on site. It already runs an Amazon EKS cluster in eu-central-1 and has an AWS Direct Connect link to that VPC. The platform team wants to schedule pods onto the factory servers from the existing cluster, with the same Kubernetes API and tooling, and without operating a second control plane. Which solution meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Join the factory servers to the existing cluster as EKS Hybrid Nodes, with credentials from AWS Systems Manager hybrid activations or IAM Roles Anywhere.',
        correct: true,
        explanation:
          'Hybrid Nodes register on-premises machines with a cloud EKS cluster whose control plane stays in the Region. The Direct Connect link meets the private-connectivity prerequisite.',
      },
      {
        text: 'Install EKS Anywhere on the factory servers.',
        correct: false,
        explanation:
          'EKS Anywhere creates a separate cluster whose control plane runs on the customer’s own hardware, so the team would operate a second control plane and the servers would not join the existing cluster.',
      },
      {
        text: 'Register the factory servers with Amazon ECS Anywhere and run the workloads as ECS tasks.',
        correct: false,
        explanation:
          'ECS Anywhere runs ECS tasks through the ECS API, not Kubernetes pods, so the team could not use its existing cluster and Kubernetes tooling.',
      },
      {
        text: 'Create a Fargate profile whose selector targets a namespace for the factory workloads.',
        correct: false,
        explanation:
          'Fargate pods run on AWS-managed VMs in the VPC’s private subnets, not on customer hardware, and EKS on Fargate has no GPU support.',
      },
    ],
    learnMore: '/docs/eks/compute/#hybrid-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-prereqs.html',
  },
  {
    id: 'q-ekscompute-windows-node-group',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A company is moving several .NET Framework services that need Windows Server containers onto its existing Amazon EKS cluster. The platform team wants EKS to provision the Windows instances and handle their updates, with as little custom tooling as possible. What should the team use for these pods?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'A Fargate profile with a selector on the label `kubernetes.io/os: windows`.',
        correct: false,
        explanation: 'EKS on Fargate can’t run containers that require Windows, whatever the selector says.',
      },
      {
        text: 'A managed node group that uses an EKS-optimized Windows AMI type.',
        correct: true,
        explanation:
          'Managed node groups accept the EKS-optimized Windows AMIs, so EKS creates, drains and updates the Windows nodes. The cluster keeps at least one Linux node for system pods such as CoreDNS.',
      },
      {
        text: 'Self-managed Windows nodes launched from an AWS CloudFormation template.',
        correct: false,
        explanation:
          'This runs Windows pods, but the team must handle node updates and replacement itself, which is more custom work than a managed node group.',
      },
      {
        text: 'Linux nodes with a Windows compatibility layer installed in the container images.',
        correct: false,
        explanation: 'Windows Server containers need a Windows host kernel; a Linux node can’t run them.',
      },
    ],
    learnMore: '/docs/eks/compute/#windows-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html',
  },
  {
    id: 'q-ekscompute-outposts-self-managed',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A hospital runs an AWS Outposts rack in its data centre because patient data must be processed on site with single-digit-millisecond latency. It wants Kubernetes worker nodes on the Outpost for an existing Amazon EKS cluster in the parent Region, and it prefers AWS-managed options wherever they are available. Which node option can it use on the Outpost?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'A managed node group whose subnets are on the Outpost.',
        correct: false,
        explanation: 'Managed node groups can’t be deployed on AWS Outposts or in AWS Wavelength Zones.',
      },
      {
        text: 'A Fargate profile that selects the Outpost subnets.',
        correct: false,
        explanation: 'Fargate pods can’t be deployed to AWS Outposts, Wavelength or Local Zones.',
      },
      {
        text: 'Self-managed nodes launched on the Outpost.',
        correct: true,
        explanation:
          'Where managed node groups and Fargate can’t go, self-managed EC2 nodes remain the option, at the cost of patching and replacing them yourself.',
      },
      {
        text: 'EKS Hybrid Nodes running on the Outpost instances.',
        correct: false,
        explanation:
          'Hybrid Nodes are for the customer’s own machines on premises or at the edge; EKS doesn’t support them on AWS infrastructure such as Outposts, where only self-managed EC2 nodes can be used.',
      },
    ],
    learnMore: '/docs/eks/compute/#self-managed-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
] as const satisfies readonly Question[];
