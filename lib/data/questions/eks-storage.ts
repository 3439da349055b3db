import type { Question } from './types';

/** Practice questions shown on /docs/eks/storage/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksstorage-efs-shared-uploads',
    page: '/docs/eks/storage/',
    service: 'EKS',
    scenario:
      'A content platform on Amazon EKS runs 12 replicas of its web pods on Linux nodes in three Availability Zones. Every replica must read and write the same directory of uploaded images, and the company doesn’t want to plan storage capacity. Which storage should the pods use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'An Amazon EFS file system mounted through the EFS CSI driver with the `ReadWriteMany` access mode.',
        correct: true,
        explanation:
          'EFS is elastic file storage that many pods on many nodes can mount read-write at once, so all replicas share one directory without capacity planning.',
      },
      {
        text: 'A gp3 EBS volume created by the EBS CSI driver and shared by all replicas.',
        correct: false,
        explanation:
          'An EBS volume normally attaches to one node at a time and lives in a single Availability Zone, so replicas spread over three zones can’t share it.',
      },
      {
        text: 'An io2 EBS volume with Multi-Attach, mounted by every replica.',
        correct: false,
        explanation:
          'Multi-Attach only works among instances in the same Availability Zone, in block mode, and needs the application to coordinate writes, which a web tier storing files doesn’t do.',
      },
      {
        text: 'An `emptyDir` volume in each pod, synchronised by a sidecar.',
        correct: false,
        explanation: 'An `emptyDir` is lost with the pod, and building a sync mechanism adds work without giving a single shared copy.',
      },
    ],
    learnMore: '/docs/eks/storage/#efs-csi',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/efs-csi.html',
  },
  {
    id: 'q-eksstorage-fargate-persistent-data',
    page: '/docs/eks/storage/',
    service: 'EKS',
    scenario:
      'A team runs a document-indexing service on Amazon EKS with AWS Fargate because it wants no nodes to manage. The service now needs persistent storage that survives pod restarts and is shared by its replicas. The team wants to stay on Fargate and keep operations minimal. What should it do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Install the EBS CSI driver and create a StorageClass so each Fargate pod gets a gp3 volume.',
        correct: false,
        explanation: 'EBS volumes can’t be mounted to EKS Fargate pods; the EBS CSI node component only runs on EC2 instances.',
      },
      {
        text: 'Create an EFS file system and a statically provisioned persistent volume for it, and mount it in the pods.',
        correct: true,
        explanation:
          'Fargate mounts Amazon EFS for pods without a driver to install, and static provisioning is supported there, so the service keeps shared, persistent storage on Fargate.',
      },
      {
        text: 'Install the EFS CSI driver and use a StorageClass for dynamic provisioning with access points.',
        correct: false,
        explanation: 'Dynamic provisioning of persistent volumes is not available for Fargate pods; only static provisioning is.',
      },
      {
        text: 'Move the service to Amazon ECS on Fargate so each task can attach an EBS volume.',
        correct: false,
        explanation:
          'ECS on Fargate does support one EBS volume per task, but that means leaving Kubernetes, and a per-task EBS volume isn’t shared by the replicas anyway.',
      },
    ],
    learnMore: '/docs/eks/storage/#eks-fargate-storage',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  },
  {
    id: 'q-eksstorage-ebs-pending-other-az',
    page: '/docs/eks/storage/',
    service: 'EKS',
    scenario:
      'A StatefulSet on Amazon EKS keeps its data on EBS volumes. The cluster uses Cluster Autoscaler with one managed node group that spans three Availability Zones. After a node in us-east-1a was terminated, the replacement pod stays Pending while Cluster Autoscaler adds nodes in other zones. How should the architect prevent this at the lowest cost?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Switch the volumes to Amazon EFS so pods can start in any zone.',
        correct: false,
        explanation:
          'EFS removes the zone binding, but it changes the storage performance model of a workload built for block volumes; the scheduling problem can be fixed without migrating data.',
      },
      {
        text: 'Create one node group per Availability Zone and run Cluster Autoscaler with `--balance-similar-node-groups`.',
        correct: true,
        explanation:
          'An EBS volume stays in its own Availability Zone, so the pod can only run there. With one node group per zone, Cluster Autoscaler can add a node exactly where the volume is; AWS advises this layout for stateful EBS workloads.',
      },
      {
        text: 'Raise the node group’s maximum size so more nodes are available in every zone.',
        correct: false,
        explanation: 'A bigger multi-zone group still lets Cluster Autoscaler add capacity in the wrong zone, and idle nodes cost money.',
      },
      {
        text: 'Enable Multi-Attach on the volumes so pods in other zones can use them.',
        correct: false,
        explanation: 'Multi-Attach shares an io2 volume only among instances in the same Availability Zone.',
      },
    ],
    learnMore: '/docs/eks/storage/#ebs-availability-zone',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
  {
    id: 'q-eksstorage-auto-mode-provisioner',
    page: '/docs/eks/storage/',
    service: 'EKS',
    scenario:
      'A team moved a workload to a new Amazon EKS cluster with Auto Mode turned on. Its PersistentVolumeClaims stay Pending, and the StorageClass copied from the old cluster names `ebs.csi.aws.com` as its provisioner. The team doesn’t want to install or operate storage drivers. What should it change?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install the Amazon EBS CSI driver add-on with an IAM role for it.',
        correct: false,
        explanation:
          'That would run a second, self-managed storage driver, which the team wants to avoid; Auto Mode already has block storage built in.',
      },
      {
        text: 'Change the StorageClass provisioner to `ebs.csi.eks.amazonaws.com`.',
        correct: true,
        explanation:
          'EKS Auto Mode requires StorageClasses that use its own provisioner, `ebs.csi.eks.amazonaws.com`; the standard driver name belongs to the separately installed EBS CSI driver.',
      },
      {
        text: 'Add a Fargate profile for the namespace so the claims are served by Fargate storage.',
        correct: false,
        explanation: 'Fargate pods can’t mount EBS volumes at all.',
      },
      {
        text: 'Change the access mode of the claims to `ReadWriteMany`.',
        correct: false,
        explanation: 'EBS volumes are attached to one node at a time in normal use; the access mode isn’t why the claims are Pending.',
      },
    ],
    learnMore: '/docs/eks/storage/#auto-mode-storage',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  },
  {
    id: 'q-eksstorage-ebs-csi-not-installed',
    page: '/docs/eks/storage/',
    service: 'EKS',
    scenario:
      'A team created an Amazon EKS cluster with the AWS CLI and added a managed node group. A StorageClass with the `ebs.csi.aws.com` provisioner exists, but every PersistentVolumeClaim that uses it stays Pending and no EBS volume is created. What is missing?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The EBS CSI driver, installed for example as an Amazon EKS add-on, with an IAM role that lets it manage EBS volumes.',
        correct: true,
        explanation:
          'The EBS CSI driver isn’t installed when a cluster is created, and it needs IAM permissions, ideally through EKS Pod Identity, to create and attach volumes.',
      },
      {
        text: 'The `ebs.csi.eks.amazonaws.com` provisioner, which every EKS cluster uses for EBS.',
        correct: false,
        explanation: 'That provisioner belongs to EKS Auto Mode; this cluster uses managed node groups without Auto Mode.',
      },
      {
        text: 'An Amazon EFS file system in each Availability Zone.',
        correct: false,
        explanation: 'EFS is a different storage service; it doesn’t create EBS volumes for these claims.',
      },
      {
        text: 'A larger root volume on the managed node group’s launch template.',
        correct: false,
        explanation: 'Node root volumes are unrelated to provisioning persistent volumes for pods.',
      },
    ],
    learnMore: '/docs/eks/storage/#ebs-csi',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/ebs-csi.html',
  },
] as const satisfies readonly Question[];
