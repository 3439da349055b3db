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
        explanation:
          'EKS on Fargate has no GPU support, so GPU pods would never be scheduled there.',
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
        explanation:
          'Fargate Spot is an Amazon ECS capacity provider only; pods on EKS Fargate can use regular Fargate capacity alone.',
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
          'Managed node groups support On-Demand or Spot capacity, and Spot suits work that can be retried after an interruption at a large discount.',
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
        explanation:
          'Auto Mode nodes use EKS-provided Bottlerocket-based AMIs only, with no custom AMIs and no SSH access.',
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
] as const satisfies readonly Question[];
