import type { Question } from './types';

/** Practice questions shown on /docs/eks/networking/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksnet-vpc-cni-routable-pod-ips',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A retailer is moving to Amazon EKS. Its firewall appliances and an on-premises monitoring system, connected through AWS Direct Connect, must address individual pods directly, and the network team wants to manage pod traffic with normal VPC route tables and security tooling. Which configuration meets this with the least effort?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install an overlay CNI plugin such as Calico in VXLAN mode and advertise its pod range over Direct Connect.',
        correct: false,
        explanation:
          'An overlay keeps pod addresses outside the VPC, so the team would have to build and maintain extra routing to reach them, the opposite of least effort.',
      },
      {
        text: 'Expose every pod through a Service of type NodePort and reach each one at its node’s IP address.',
        correct: false,
        explanation: 'NodePort traffic is addressed to nodes and ports, not to individual pods, and it needs a Service per workload.',
      },
      {
        text: 'Keep the default Amazon VPC CNI plugin.',
        correct: true,
        explanation:
          'The VPC CNI, installed on every cluster by default, gives each pod an IP address from the VPC, so connected networks reach pods directly with ordinary VPC routing.',
      },
      {
        text: 'Put each workload behind its own internal Network Load Balancer.',
        correct: false,
        explanation: 'A load balancer gives one address per service, not per pod, and adds a load balancer for every workload.',
      },
    ],
    learnMore: '/docs/eks/networking/#vpc-cni',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-networking-add-ons.html',
  },
  {
    id: 'q-eksnet-prefix-delegation-pod-density',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'An Amazon EKS cluster runs many small pods on m5.large nodes. New pods stay Pending even though node CPU and memory use is below 40%, and investigation shows the nodes have no free pod IP addresses. The subnets still have plenty of free space. Which change raises pod density most cost-effectively?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Turn on prefix delegation in the Amazon VPC CNI by setting `ENABLE_PREFIX_DELEGATION=true`.',
        correct: true,
        explanation:
          'Prefix delegation gives each ENI slot a /28 prefix instead of one address, so the same Nitro-based nodes can hold many more pods.',
      },
      {
        text: 'Move the workloads to larger instance types that support more network interfaces.',
        correct: false,
        explanation:
          'Bigger instances add IPs but also pay for CPU and memory that are already idle, so this costs more than fixing the IP limit.',
      },
      {
        text: 'Turn on security groups for pods with `ENABLE_POD_ENI=true`.',
        correct: false,
        explanation:
          'Security groups for pods assigns separate security groups through branch ENIs; it is not a way to raise the number of pod IPs per node.',
      },
      {
        text: 'Turn on custom networking so pods take addresses from a secondary CIDR block.',
        correct: false,
        explanation:
          'Custom networking helps when the node subnets run out of addresses. Here the subnets have space and the limit is per node; custom networking even takes the primary ENI away from pods.',
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
        explanation: 'By default pods share their node’s security groups, so every pod on those nodes could reach the database.',
      },
      {
        text: 'Move the payments pods to a t3 node group and attach a security group to those pods.',
        correct: false,
        explanation: 'Security groups for pods don’t work on any instance type of the t family.',
      },
      {
        text: 'Migrate the cluster to EKS Auto Mode and apply a `SecurityGroupPolicy` to the payments pods.',
        correct: false,
        explanation: 'Security groups for pods can’t be used with EKS Auto Mode.',
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
  {
    id: 'q-eksarch-endpoint-private-only',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A bank created an Amazon EKS cluster with default settings. Its security policy now says the Kubernetes API must not be reachable from the internet at all; administrators connect to the VPC over AWS Site-to-Site VPN. What should the team change?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Keep public access and add a CIDR allow-list that contains only the bank’s office range.',
        correct: false,
        explanation:
          'A CIDR allow-list narrows who may call the public endpoint, but the endpoint is still exposed on the internet, which the policy forbids.',
      },
      {
        text: 'Move all node groups into private subnets, which makes the cluster endpoint private automatically.',
        correct: false,
        explanation:
          'Endpoint access is a separate cluster setting. The endpoint is public by default no matter which subnets the nodes use.',
      },
      {
        text: 'Attach a security group to the worker nodes that denies inbound port 443 from 0.0.0.0/0.',
        correct: false,
        explanation:
          'The API server runs in the AWS-managed control plane, not on the worker nodes, so node security groups do not control access to the cluster endpoint.',
      },
      {
        text: 'Turn on private endpoint access and turn off public endpoint access for the cluster.',
        correct: true,
        explanation:
          'With private access only, the API is reachable solely from the cluster’s VPC and networks connected to it, such as the VPN.',
      },
    ],
    learnMore: '/docs/eks/networking/#cluster-endpoint-access',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
  {
    id: 'q-eksnet-classic-lb-without-controller',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A team deploys a Kubernetes Service of type `LoadBalancer` on a new Amazon EKS cluster that doesn’t use Auto Mode. AWS creates a Classic Load Balancer, but the team needs a Network Load Balancer with IP targets so that it can also front pods on Fargate. What should the team do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install the AWS Load Balancer Controller and let it manage the Service.',
        correct: true,
        explanation:
          'Without the controller, the legacy cloud provider controller answers a Service of type LoadBalancer with a Classic Load Balancer by default. The AWS Load Balancer Controller creates NLBs, including with IP targets, which Fargate pods require.',
      },
      {
        text: 'Replace the Service with an Ingress.',
        correct: false,
        explanation: 'An Ingress is served by an Application Load Balancer, not an NLB, and still needs the controller.',
      },
      {
        text: 'Add a second subnet in another Availability Zone so the cluster can create an NLB.',
        correct: false,
        explanation:
          'Subnets weren’t the issue: an NLB from the AWS Load Balancer Controller needs only one subnet. The Classic Load Balancer came from the legacy controller.',
      },
      {
        text: 'Enable security groups for pods so the Fargate pods become valid instance targets.',
        correct: false,
        explanation: 'Fargate pods can only be IP targets, and security groups for pods don’t change which load balancer type is created.',
      },
    ],
    learnMore: '/docs/eks/networking/#load-balancing',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html',
  },
  {
    id: 'q-eksnet-network-policy-namespaces',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'Several business units share an Amazon EKS cluster whose nodes are Amazon Linux EC2 instances. An audit requires that pods in one unit’s namespace can’t open connections to pods in another unit’s namespace. The company wants no third-party software to operate, no extra clusters and no per-pod AWS resources. What should the architect do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Give each business unit its own EKS cluster.',
        correct: false,
        explanation:
          'Separate clusters isolate the units, but they add clusters, control-plane fees and operations, which the company wants to avoid.',
      },
      {
        text: 'Turn on network policy support in the Amazon VPC CNI add-on and apply Kubernetes network policies that deny traffic from other namespaces.',
        correct: true,
        explanation:
          'From version 1.14 the VPC CNI enforces Kubernetes network policies on EC2 Linux nodes itself, so no third-party engine or extra AWS resources are needed.',
      },
      {
        text: 'Give each unit’s pods their own security groups with security groups for pods.',
        correct: false,
        explanation:
          'That puts a branch network interface and security group on each matching pod, the per-pod AWS resources the company ruled out, and it is meant for access to AWS resources such as databases.',
      },
      {
        text: 'Install Calico as a policy engine alongside the VPC CNI.',
        correct: false,
        explanation:
          'This works, but it adds third-party software to install and operate, which the VPC CNI’s built-in network policy support makes unnecessary.',
      },
    ],
    learnMore: '/docs/eks/networking/#network-policies',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-network-policy.html',
  },
  {
    id: 'q-eksnet-ipv4-exhaustion-custom-networking',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A company’s production Amazon EKS cluster uses the IPv4 family, and its node subnets, carved from a small corporate-routable CIDR, have almost no addresses left. The cluster must keep running, the company can’t get more corporate-routable IPv4 space, and its on-premises systems only need to reach a few services through internal load balancers. Which solution adds pod addresses with the least disruption?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Switch the existing cluster to the IPv6 family.',
        correct: false,
        explanation: 'The IP family is chosen when a cluster is created and can’t be changed afterwards.',
      },
      {
        text: 'Turn on prefix delegation on the existing nodes.',
        correct: false,
        explanation:
          'Prefix delegation packs more addresses per node but still takes them from the same exhausted subnets, and it needs free contiguous /28 blocks there.',
      },
      {
        text: 'Add a secondary CIDR block to the VPC, create subnets from it in each Availability Zone, and turn on VPC CNI custom networking with an `ENIConfig` per zone.',
        correct: true,
        explanation:
          'Custom networking lets pods take addresses from other subnets, such as those in a secondary CIDR block that needn’t be routable on premises, while nodes and load balancers stay in the existing subnets.',
      },
      {
        text: 'Replace the node groups with larger instance types.',
        correct: false,
        explanation: 'Larger instances need more addresses per node from the same exhausted subnets; they don’t add address space.',
      },
    ],
    learnMore: '/docs/eks/networking/#custom-networking',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html',
  },
] as const satisfies readonly Question[];
