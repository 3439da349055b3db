import type { Question } from './types';

export const questions = [
  // ---------------------------------------------------------------- how-eks-works
  {
    id: 'q-eksarch-control-plane-multi-az',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A company runs self-managed Kubernetes on EC2, and its operators look after three etcd members and the API servers by hand. Leadership wants the Kubernetes control plane to keep working if one Availability Zone fails, with the least operational effort. What should a solutions architect recommend?',
    choose: 1,
    options: [
      {
        text: 'Create three Amazon EKS clusters, one per Availability Zone, and fail over between them with Amazon Route 53 health checks.',
        correct: false,
        explanation:
          'A single EKS cluster’s control plane already spans several AZs. Three clusters triple the control-plane fee and add failover work the requirement doesn’t need.',
      },
      {
        text: 'Migrate to Amazon EKS and run etcd as a StatefulSet spread across three Availability Zones in a managed node group.',
        correct: false,
        explanation:
          'On EKS, etcd is part of the control plane that AWS runs in its own account. You don’t deploy or operate etcd on your nodes.',
      },
      {
        text: 'Migrate to Amazon EKS, where AWS runs at least two API server instances and three etcd instances across three Availability Zones for each cluster.',
        correct: true,
        explanation:
          'EKS gives every cluster its own control plane spread over three AZs and replaces unhealthy instances automatically, so no control-plane redundancy has to be built by the team.',
      },
      {
        text: 'Keep the self-managed cluster and schedule etcd snapshots to Amazon S3 with AWS Backup.',
        correct: false,
        explanation:
          'Snapshots help recovery but do not keep the control plane available during an AZ failure, and the team still runs every control-plane component itself.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#control-plane',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  },
  {
    id: 'q-eksarch-hybrid-nodes-factory',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A manufacturer has GPU servers in a factory that must keep processing camera data on site. It already runs an Amazon EKS cluster in eu-central-1 and has an AWS Direct Connect link to that VPC. The platform team wants to schedule pods onto the factory servers from the existing cluster, using the same Kubernetes API and tooling. Which solution meets these requirements?',
    choose: 1,
    options: [
      {
        text: 'Join the factory servers to the existing cluster as EKS Hybrid Nodes, with credentials from AWS Systems Manager hybrid activations or IAM Roles Anywhere.',
        correct: true,
        explanation:
          'Hybrid Nodes register on-premises machines with a cloud EKS cluster whose control plane stays in the Region. The Direct Connect link satisfies the private-connectivity prerequisite.',
      },
      {
        text: 'Install EKS Anywhere on the factory servers.',
        correct: false,
        explanation:
          'EKS Anywhere creates a separate cluster whose control plane runs on the customer’s own hardware. The servers would not be nodes of the existing Regional cluster.',
      },
      {
        text: 'Register the factory servers with Amazon ECS Anywhere and run the workloads as ECS tasks.',
        correct: false,
        explanation:
          'ECS Anywhere runs ECS tasks with the ECS API, not Kubernetes pods, so the team could not use its existing cluster and Kubernetes tooling.',
      },
      {
        text: 'Create a Fargate profile whose selector targets a namespace for the factory workloads.',
        correct: false,
        explanation:
          'Fargate pods run on AWS-managed VMs in the VPC’s private subnets, not on customer hardware, and EKS on Fargate has no GPU support.',
      },
    ],
    learnMore: '/docs/eks/how-eks-works/#eks-anywhere-vs-hybrid-nodes',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-concepts.html',
  },
  {
    id: 'q-eksarch-endpoint-private-only',
    page: '/docs/eks/how-eks-works/',
    service: 'EKS',
    scenario:
      'A bank created an Amazon EKS cluster with default settings. Its security policy now says the Kubernetes API must not be reachable from the internet at all; administrators connect to the VPC over AWS Site-to-Site VPN. What should the team change?',
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
    learnMore: '/docs/eks/how-eks-works/#cluster-endpoint',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },

  // ---------------------------------------------------------------- compute
  {
    id: 'q-ekscompute-auto-mode-gpu-least-ops',
    page: '/docs/eks/compute/',
    service: 'EKS',
    scenario:
      'A startup with a two-person platform team is moving its inference service to Amazon EKS. The pods need GPU instances, and the team wants AWS to choose, scale and patch the EC2 nodes. Which compute option meets these requirements with the least operational overhead?',
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

  // ---------------------------------------------------------------- identity-access
  {
    id: 'q-eksiam-fargate-pods-need-irsa',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'An application on Amazon EKS runs in a namespace that a Fargate profile sends to AWS Fargate. Its pods must read one Amazon DynamoDB table, and the security team requires least privilege. How should the team grant the permissions?',
    choose: 1,
    options: [
      {
        text: 'Install the EKS Pod Identity Agent add-on and create a pod identity association for the application’s service account.',
        correct: false,
        explanation:
          'EKS Pod Identity works only for pods on Linux EC2 nodes; its agent can’t run for Fargate pods, so these pods would get no credentials.',
      },
      {
        text: 'Attach the DynamoDB policy to the IAM role of the cluster’s EC2 managed node group.',
        correct: false,
        explanation:
          'Fargate pods don’t run on those nodes, and a node role is shared by every pod on a node, which breaks least privilege.',
      },
      {
        text: 'Set a task role ARN in the pod specification, as an Amazon ECS task definition does.',
        correct: false,
        explanation:
          'The task role is an Amazon ECS concept. Kubernetes pod specs have no task role field; EKS uses IRSA or Pod Identity instead.',
      },
      {
        text: 'Create an IAM OIDC provider for the cluster, a role that trusts it for the application’s service account, and annotate that service account with the role ARN.',
        correct: true,
        explanation:
          'IAM roles for service accounts (IRSA) is the way to give Fargate pods their own scoped IAM role, because Pod Identity is not available on Fargate.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity-limits',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },
  {
    id: 'q-eksiam-access-entry-namespace-view',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'A platform team manages 40 Amazon EKS clusters that still use the `aws-auth` ConfigMap. Developers who assume an IAM role need read-only access to the `dev` namespace on every cluster, and the team wants to grant it with the EKS API and AWS CloudFormation instead of editing objects inside each cluster. What should the team do?',
    choose: 1,
    options: [
      {
        text: 'Add a `mapRoles` entry for the developer role to the `aws-auth` ConfigMap in each cluster.',
        correct: false,
        explanation:
          'The `aws-auth` ConfigMap is deprecated and is an object inside the cluster, which is exactly the per-cluster editing the team wants to avoid.',
      },
      {
        text: 'Set each cluster’s authentication mode to `API_AND_CONFIG_MAP`, create an access entry for the developer role, and associate the `AmazonEKSViewPolicy` access policy scoped to the `dev` namespace.',
        correct: true,
        explanation:
          'Access entries are EKS API resources that CloudFormation can manage, and access policies can be scoped to named namespaces. The mixed mode keeps existing `aws-auth` mappings working during migration.',
      },
      {
        text: 'Create an EKS Pod Identity association that links the developer role to the `dev` namespace.',
        correct: false,
        explanation:
          'Pod Identity gives pods AWS permissions going out of the cluster; it does not let a human IAM principal call the Kubernetes API.',
      },
      {
        text: 'Keep the `CONFIG_MAP` authentication mode and grant the developer role an IAM policy that allows `eks:*`.',
        correct: false,
        explanation:
          'In `CONFIG_MAP` mode access entries are not used, and an IAM policy alone does not map the role to any Kubernetes permissions.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#access-entries',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  },
  {
    id: 'q-eksiam-pod-identity-adoption-steps',
    page: '/docs/eks/identity-access/',
    service: 'EKS',
    scenario:
      'A SaaS company runs 150 Amazon EKS clusters on Linux EC2 nodes and has hit the account’s default quota of IAM OIDC providers while using IRSA. It wants to reuse one IAM role across many clusters without editing trust policies. Which two steps are needed to adopt EKS Pod Identity for a workload? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'Install the EKS Pod Identity Agent add-on in each cluster.',
        correct: true,
        explanation:
          'Pod Identity depends on the agent, which runs on each node and obtains credentials through the EKS Auth service.',
      },
      {
        text: 'Create one more IAM OIDC provider per cluster after requesting a quota increase.',
        correct: false,
        explanation:
          'Pod Identity needs no OIDC provider, which is why it avoids the 100-provider default limit that IRSA runs into.',
      },
      {
        text: 'Annotate each service account with `eks.amazonaws.com/role-arn`.',
        correct: false,
        explanation:
          'That annotation is how IRSA attaches a role. Pod Identity links roles through associations managed with the EKS API.',
      },
      {
        text: 'Create a pod identity association that links the namespace and service account to an IAM role whose trust policy trusts `pods.eks.amazonaws.com`.',
        correct: true,
        explanation:
          'The association maps a service account to the role, and because the trust policy names the service principal rather than a cluster, the same role works in every cluster.',
      },
      {
        text: 'Add every cluster’s OIDC issuer URL to the IAM role’s trust policy.',
        correct: false,
        explanation:
          'Listing OIDC issuers is the IRSA model, and its trust-policy size limit is one of the problems Pod Identity removes.',
      },
    ],
    learnMore: '/docs/eks/identity-access/#pod-identity',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
  },

  // ---------------------------------------------------------------- networking
  {
    id: 'q-eksnet-vpc-cni-routable-pod-ips',
    page: '/docs/eks/networking/',
    service: 'EKS',
    scenario:
      'A retailer is moving to Amazon EKS. Its firewall appliances and an on-premises monitoring system, connected through AWS Direct Connect, must reach individual pods at routable VPC addresses, with normal VPC routing and no overlay network. Which configuration meets this with the least effort?',
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

  // ---------------------------------------------------------------- scaling
  {
    id: 'q-eksscale-karpenter-right-sized',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A company uses Cluster Autoscaler with 15 managed node groups to cover different instance sizes and Spot and On-Demand mixes. Scaling is slow and nodes are often poorly sized for the pending pods. The platform team is happy to operate open-source controllers but must avoid any extra per-instance AWS management fee. What should it do?',
    choose: 1,
    options: [
      {
        text: 'Add more node groups so Cluster Autoscaler has a closer instance type for each workload.',
        correct: false,
        explanation:
          'Cluster Autoscaler only resizes existing Auto Scaling groups, each with one instance type, so more groups mean more to manage without faster, right-sized scaling.',
      },
      {
        text: 'Replace Cluster Autoscaler with Karpenter and describe the allowed instances in NodePools.',
        correct: true,
        explanation:
          'Karpenter launches right-sized instances directly for unschedulable pods, usually within a minute, and consolidates nodes later. It is open source with no extra AWS fee.',
      },
      {
        text: 'Move the cluster to EKS Auto Mode.',
        correct: false,
        explanation:
          'Auto Mode would scale nodes for them, but it charges a management fee per instance on top of EC2, which the company must avoid.',
      },
      {
        text: 'Create a Fargate profile for every namespace and remove the node groups.',
        correct: false,
        explanation:
          'Fargate removes nodes, but it brings limits such as no DaemonSets, GPUs or Spot on EKS, and it is not a replacement for right-sized EC2 scaling.',
      },
    ],
    learnMore: '/docs/eks/scaling/#karpenter',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/autoscaling.html',
  },
  {
    id: 'q-eksscale-mng-needs-autoscaler',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A team created an Amazon EKS managed node group with a minimum of 2, a desired size of 2 and a maximum of 10 nodes. During a traffic spike many pods stay Pending, yet the node group never grows beyond 2 nodes. What should the team do so the node group grows when pods can’t be scheduled?',
    choose: 1,
    options: [
      {
        text: 'Raise the node group’s `maxUnavailable` update setting to 10.',
        correct: false,
        explanation:
          '`maxUnavailable` governs how many nodes can be replaced during an update. It has nothing to do with scaling out.',
      },
      {
        text: 'Associate an Amazon ECS capacity provider with managed scaling with the node group’s Auto Scaling group.',
        correct: false,
        explanation:
          'Capacity providers and managed scaling are Amazon ECS features. On EKS the counterparts are Cluster Autoscaler, Karpenter or Auto Mode.',
      },
      {
        text: 'Wait, because managed node groups scale out on their own once the maximum size is set.',
        correct: false,
        explanation:
          'Managed node groups do not scale themselves; without an autoscaler the group stays at its desired size however many pods are waiting.',
      },
      {
        text: 'Deploy Cluster Autoscaler in the cluster so it finds the node group’s tagged Auto Scaling group and raises its desired size.',
        correct: true,
        explanation:
          'EKS tags the node group’s Auto Scaling group so Cluster Autoscaler can discover it, but something must run in the cluster to change its size.',
      },
    ],
    learnMore: '/docs/eks/scaling/#mng-no-autoscaling',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
  {
    id: 'q-eksscale-pdb-pod-eviction-failure',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A company starts an AMI update of an Amazon EKS managed node group. The update fails repeatedly with `PodEvictionFailure`. A critical Deployment has a PodDisruptionBudget with `maxUnavailable: 0`. What is the most likely cause?',
    choose: 1,
    options: [
      {
        text: 'The node group’s `maxUnavailable` setting is still at the default of 1 node.',
        correct: false,
        explanation:
          'The default of 1 only slows the rollout. It doesn’t stop pods from being evicted.',
      },
      {
        text: 'Managed node groups can’t be updated while pods are running, so the Deployment must be scaled to zero first.',
        correct: false,
        explanation:
          'A node group update is designed to run with live workloads: it adds new nodes, then cordons and drains the old ones.',
      },
      {
        text: 'The PodDisruptionBudget allows no evictions, so draining could not finish within 15 minutes.',
        correct: true,
        explanation:
          'Draining respects PDBs, and if pods can’t be evicted within 15 minutes the update fails with `PodEvictionFailure`. Relax the PDB or force the update.',
      },
      {
        text: 'The new AMI is not compatible with the Spot capacity type.',
        correct: false,
        explanation:
          'Managed node groups support both On-Demand and Spot, and the error named here comes from the drain step, not from the capacity type.',
      },
    ],
    learnMore: '/docs/eks/scaling/#managed-node-group-updates',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-update-behavior.html',
  },

  // ---------------------------------------------------------------- lifecycle
  {
    id: 'q-ekslife-avoid-extended-support-cost',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'Several of a company’s Amazon EKS clusters run a Kubernetes version whose standard support ends next quarter. Finance wants to make sure the clusters never pay the extended-support rate of $0.60 per cluster-hour. Which two actions meet this requirement? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'Leave the upgrade policy at its default so EKS upgrades the clusters automatically when standard support ends.',
        correct: false,
        explanation:
          'The default upgrade policy is `EXTENDED`: the clusters stay on their version and move into paid extended support.',
      },
      {
        text: 'Upgrade the clusters to a newer Kubernetes version before standard support ends.',
        correct: true,
        explanation:
          'A version still in its 14 months of standard support is billed at $0.10 per cluster-hour.',
      },
      {
        text: 'Move the clusters to EKS Provisioned Control Plane.',
        correct: false,
        explanation:
          'Provisioned Control Plane reserves API capacity at extra cost. It doesn’t change which support phase a version is in.',
      },
      {
        text: 'Downgrade the clusters to an older Kubernetes version with a lower rate.',
        correct: false,
        explanation:
          'EKS control planes can’t be downgraded, and older versions are the ones in extended support.',
      },
      {
        text: 'Set each cluster’s upgrade policy to `STANDARD`.',
        correct: true,
        explanation:
          'With `STANDARD`, EKS upgrades the cluster automatically when standard support ends, so it never enters the extended-support price.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#extended-support-cost',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
  },
  {
    id: 'q-ekslife-upgrade-two-minor-versions',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'An Amazon EKS cluster runs Kubernetes 1.30 with managed node groups, and the team must reach 1.32. Which upgrade plan follows EKS rules?',
    choose: 1,
    options: [
      {
        text: 'Upgrade the control plane to 1.31, then to 1.32, then update the node groups and add-ons.',
        correct: true,
        explanation:
          'EKS upgrades the control plane one minor version at a time, control plane first. Since 1.28 the kubelet may lag by up to three minor versions, so nodes can follow afterwards.',
      },
      {
        text: 'Upgrade the control plane directly from 1.30 to 1.32 in one operation, then update the node groups.',
        correct: false,
        explanation:
          'An EKS control-plane upgrade can move only one minor version, so going from 1.30 to 1.32 takes two upgrades.',
      },
      {
        text: 'Update the node groups to 1.32 first, then upgrade the control plane.',
        correct: false,
        explanation:
          'The control plane is upgraded first and the nodes follow; nodes must not run ahead of the API server.',
      },
      {
        text: 'Upgrade the control plane to 1.32 and plan to downgrade it to 1.30 if workloads break.',
        correct: false,
        explanation:
          'Control-plane upgrades can’t be reversed. A rollback plan means a new cluster on the older version and migrating workloads to it.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#upgrade-rules',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  {
    id: 'q-ekslife-capabilities-managed-argocd',
    page: '/docs/eks/lifecycle/',
    service: 'EKS',
    scenario:
      'A company wants GitOps deployments from Git repositories into 20 Amazon EKS clusters with Argo CD. The platform team does not want to install, scale or patch Argo CD, and it must not consume capacity on the worker nodes. What should the team use?',
    choose: 1,
    options: [
      {
        text: 'Install Argo CD with its Helm chart in each cluster.',
        correct: false,
        explanation:
          'A Helm install runs Argo CD on the team’s own nodes, and the team must upgrade and scale it in every cluster.',
      },
      {
        text: 'Enable the AWS Controllers for Kubernetes (ACK) capability in each cluster.',
        correct: false,
        explanation:
          'ACK manages AWS resources as Kubernetes custom resources. It doesn’t sync application manifests from Git.',
      },
      {
        text: 'Enable the managed Argo CD capability from EKS Capabilities.',
        correct: true,
        explanation:
          'EKS Capabilities, since November 2025, run Argo CD as a managed feature in AWS-owned infrastructure rather than on the cluster’s nodes.',
      },
      {
        text: 'Switch the clusters’ deployments to the `CODE_DEPLOY` deployment controller.',
        correct: false,
        explanation:
          '`CODE_DEPLOY` is an Amazon ECS service deployment controller, not a GitOps tool for Kubernetes.',
      },
    ],
    learnMore: '/docs/eks/lifecycle/#eks-capabilities',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/capabilities.html',
  },

  // ---------------------------------------------------------------- ecr
  {
    id: 'q-ecr-enhanced-scanning-language-packages',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A company stores images for Amazon ECS and Amazon EKS in Amazon ECR. The security team must find vulnerabilities in the Java and Python libraries inside images and be alerted when a newly published CVE affects an image that was pushed months ago. Which solution meets these requirements with the least operational overhead?',
    choose: 1,
    options: [
      {
        text: 'Turn on basic scanning with scan on push for every repository.',
        correct: false,
        explanation:
          'Basic scanning finds operating-system package vulnerabilities only and doesn’t recheck old images when new CVEs appear.',
      },
      {
        text: 'Turn on basic scanning and run a scheduled script that starts a manual scan of every image each night.',
        correct: false,
        explanation:
          'Nightly rescans add a script to maintain and still cover only operating-system packages, not Java or Python libraries.',
      },
      {
        text: 'Add a lifecycle policy that expires images older than 30 days.',
        correct: false,
        explanation:
          'Lifecycle policies control storage cost by deleting images. They detect no vulnerabilities.',
      },
      {
        text: 'Turn on enhanced scanning with continuous scanning and route the Amazon Inspector findings from Amazon EventBridge to the security team.',
        correct: true,
        explanation:
          'Enhanced scanning uses Amazon Inspector to cover OS and programming-language packages and re-evaluates stored images as new CVEs are published.',
      },
    ],
    learnMore: '/docs/ecr/#image-scanning',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced-enabling.html',
  },
  {
    id: 'q-ecr-replication-lambda-same-region',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'A company builds container images in a shared-services account in us-east-1. A workload account runs an Amazon ECS service and an AWS Lambda function in ap-southeast-2 from the same image. The company wants each deployment to pull from a copy in its own Region with the least operational overhead. What should a solutions architect do?',
    choose: 1,
    options: [
      {
        text: 'Keep the single repository in us-east-1, add a repository policy for the workload account, and point the Lambda function at the us-east-1 image URI.',
        correct: false,
        explanation:
          'A different account is allowed, but Lambda requires the image to sit in an ECR repository in the function’s own Region.',
      },
      {
        text: 'Add a registry replication rule in the shared-services account that copies images to ap-southeast-2 in the workload account, and allow `ecr:ReplicateImage` in the destination registry policy.',
        correct: true,
        explanation:
          'ECR replication works across Regions and accounts as images are pushed, so both the ECS service and the Lambda function pull a local copy.',
      },
      {
        text: 'Run a nightly AWS CodeBuild job that pulls every image and pushes it to a repository in ap-southeast-2.',
        correct: false,
        explanation:
          'This copies images, but it adds a job to build and maintain and lags behind pushes, unlike built-in ECR replication.',
      },
      {
        text: 'Export the image to an Amazon S3 bucket in ap-southeast-2 and create the Lambda function from that object.',
        correct: false,
        explanation:
          'Lambda container images must come from Amazon ECR, not from an S3 object.',
      },
    ],
    learnMore: '/docs/ecr/#replication',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  },
  {
    id: 'q-ecr-private-pull-endpoints',
    page: '/docs/ecr/',
    service: 'both',
    scenario:
      'Amazon EKS nodes and Amazon ECS tasks run in private subnets that have no NAT gateway, and company policy forbids any route to the internet. The team created an `ecr.dkr` interface endpoint, but image pulls still fail. Which two additions will let the pulls succeed? (Choose two.)',
    choose: 2,
    options: [
      {
        text: 'An interface VPC endpoint for `com.amazonaws.region.ecr.api`.',
        correct: true,
        explanation:
          'Pulling needs the ECR API endpoint as well as the registry (`ecr.dkr`) endpoint.',
      },
      {
        text: 'A NAT gateway in a public subnet with a default route from the private subnets.',
        correct: false,
        explanation:
          'A NAT gateway would give the subnets a path to the internet, which the policy forbids, and it adds NAT charges for every pull.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon S3 on the private subnets’ route tables.',
        correct: true,
        explanation:
          'ECR serves image layers from Amazon S3, so without the S3 gateway endpoint the layer downloads have no route.',
      },
      {
        text: 'A gateway VPC endpoint for Amazon DynamoDB.',
        correct: false,
        explanation:
          'ECR stores image data in Amazon S3, not DynamoDB, so this endpoint does nothing for image pulls.',
      },
      {
        text: 'An internet gateway, with public IP addresses assigned to the nodes and tasks.',
        correct: false,
        explanation:
          'This would move the workloads onto the internet, breaking the policy; the three VPC endpoints make it unnecessary.',
      },
    ],
    learnMore: '/docs/ecr/#vpc-endpoints',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
] as const satisfies readonly Question[];
