import type { Question } from './types';

/** Practice questions shown on /docs/eks/networking/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksnet-vpc-cni-routable-pod-ips',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A retailer is moving to Amazon EKS. Its firewall appliances and an on-premises monitoring system, connected through AWS Direct Connect, must reach individual pods at routable VPC addresses, with normal VPC routing and no overlay network. Which configuration meets this with the least effort?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Set the network mode of each pod to `awsvpc` so that every pod gets its own elastic network interface.',
        correct: false,
        explanation:
          '`awsvpc` is an Amazon ECS task definition setting. Kubernetes pod specs have no such field.',
      },
      {
        text: 'Replace the default plugin with an overlay CNI that assigns pod addresses from a separate private range.',
        correct: false,
        explanation:
          'An overlay hides pods behind node addresses in a separate range, which is the opposite of what the requirement asks for.',
      },
      {
        text: 'Keep the Amazon VPC CNI, which assigns each pod a secondary IP address from the node’s elastic network interfaces.',
        correct: true,
        explanation:
          'The default VPC CNI gives every pod a real VPC IP address, so other VPC and connected resources reach pods directly, with no extra setup.',
      },
      {
        text: 'Expose every pod through a Service of type NodePort and reach it at the node’s IP address.',
        correct: false,
        explanation:
          'NodePort traffic goes to node addresses and ports, not to individual pod IPs, and it adds a Service per workload.',
      },
    ],
    learnMore: '/docs/eks/networking/#vpc-cni',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managing-vpc-cni.html',
  },
  {
    id: 'q-eksnet-prefix-delegation-pod-density',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'An Amazon EKS cluster runs many small pods on m5.large nodes. New pods stay Pending even though node CPU and memory use is below 40%, and investigation shows the nodes have no free pod IP addresses. Which change raises pod density most cost-effectively?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Turn on prefix delegation in the Amazon VPC CNI by setting `ENABLE_PREFIX_DELEGATION=true`.',
        correct: true,
        explanation:
          'Prefix delegation hands out /28 prefixes instead of single IPs, which lifts an m5.large to about 110 pods on the same Nitro instances.',
      },
      {
        text: 'Move the workloads to larger instance types that support more network interfaces.',
        correct: false,
        explanation:
          'Bigger instances add IPs but also pay for CPU and memory that is already idle, so this costs more than fixing the IP limit.',
      },
      {
        text: 'Turn on security groups for pods with `ENABLE_POD_ENI=true`.',
        correct: false,
        explanation:
          'Security groups for pods assigns separate security groups through branch ENIs; it is not a way to raise the number of pod IPs per node.',
      },
      {
        text: 'Raise the managed node group’s `maxUnavailable` setting.',
        correct: false,
        explanation:
          '`maxUnavailable` only controls how many nodes are replaced at once during a node group update. It doesn’t change pod capacity.',
      },
    ],
    learnMore: '/docs/eks/networking/#prefix-delegation',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html',
  },
  {
    id: 'q-eksnet-security-groups-for-pods-rds',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'On an Amazon EKS cluster with m5 Linux managed node groups, only the pods of the payments application may connect to an Amazon RDS database. Other applications run on the same nodes. Which solution enforces this at the VPC security-group level?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Allow the node security group in the database’s security group.',
        correct: false,
        explanation:
          'By default pods share their node’s security groups, so every pod on those nodes could reach the database.',
      },
      {
        text: 'Move the payments pods to a t3 node group and attach a security group to those pods.',
        correct: false,
        explanation:
          'Security groups for pods don’t work on the t instance family.',
      },
      {
        text: 'Migrate the cluster to EKS Auto Mode and apply a `SecurityGroupPolicy` to the payments pods.',
        correct: false,
        explanation:
          'Security groups for pods are not available on EKS Auto Mode nodes.',
      },
      {
        text: 'Enable security groups for pods and create a `SecurityGroupPolicy` that gives the payments pods a security group the database allows.',
        correct: true,
        explanation:
          'Security groups for pods use branch ENIs on Nitro Linux instances such as m5, so only pods matched by the policy carry the group that the database accepts.',
      },
    ],
    learnMore: '/docs/eks/networking/#security-groups-for-pods',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html',
  },
] as const satisfies readonly Question[];
