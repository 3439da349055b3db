import type { Question } from './types';

/** Practice questions shown on /docs/eks/scaling/ (its "Check yourself" section). */
export const questions = [
  {
    id: 'q-eksscale-karpenter-right-sized',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A company uses Cluster Autoscaler with 15 managed node groups to cover different instance sizes and Spot and On-Demand mixes. Scaling is slow and nodes are often poorly sized for the pending pods. The platform team is happy to operate open-source controllers but must avoid any extra per-instance AWS management fee. What should it do?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Add more node groups so Cluster Autoscaler has a closer instance size for each workload.',
        correct: false,
        explanation:
          'Cluster Autoscaler only resizes existing Auto Scaling groups, each with same-size instance types, so more groups mean more to manage without faster, right-sized scaling.',
      },
      {
        text: 'Replace Cluster Autoscaler with Karpenter and describe the allowed instances in NodePools.',
        correct: true,
        explanation:
          'Karpenter launches right-sized instances directly for unschedulable pods, usually within a minute, and consolidates nodes later. It is open source that the team runs itself.',
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
          'Fargate removes nodes, but on EKS it brings limits such as no DaemonSets, GPUs or Spot, and it doesn’t give the Spot mix the company uses.',
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
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Raise the node group’s `maxUnavailable` update setting to 10.',
        correct: false,
        explanation:
          '`maxUnavailable` governs how many nodes can be replaced at once during an update. It has nothing to do with scaling out.',
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
    id: 'q-eksscale-hpa-needs-metrics-server',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A developer adds a HorizontalPodAutoscaler with a 60% CPU target to a Deployment on a new Amazon EKS cluster. `kubectl get hpa` shows the current utilization as `<unknown>`, and the replica count never changes under load. The containers have CPU requests set. What is the most likely fix?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'Install the Kubernetes Metrics Server, for example as an EKS add-on.',
        correct: true,
        explanation:
          'The HPA needs a metrics source, and Metrics Server isn’t deployed by default on EKS clusters, so the HPA has no CPU figures to act on.',
      },
      {
        text: 'Install the Horizontal Pod Autoscaler controller from its GitHub project.',
        correct: false,
        explanation: 'The HPA is a standard Kubernetes API resource; there is nothing to install for the HPA itself.',
      },
      {
        text: 'Turn on CloudWatch Container Insights so the HPA can read CPU metrics from CloudWatch.',
        correct: false,
        explanation:
          'Container Insights is monitoring. The HPA reads resource metrics through the Kubernetes metrics API, which Metrics Server provides.',
      },
      {
        text: 'Deploy the Vertical Pod Autoscaler next to the HPA.',
        correct: false,
        explanation:
          'The VPA changes requests rather than providing metrics, and pairing it with a CPU-based HPA on the same Deployment is advised against.',
      },
    ],
    learnMore: '/docs/eks/scaling/#hpa',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/metrics-server.html',
  },
  {
    id: 'q-eksscale-keda-sqs-to-zero',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'An insurance company processes claim documents from an Amazon SQS queue with worker pods on Amazon EKS. The queue is empty most nights and weekends, then receives bursts of thousands of messages. The company wants workers to follow the queue depth, run no workers and no spare nodes while the queue is empty, and avoid writing custom scaling code. Which combination meets these requirements?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'A HorizontalPodAutoscaler on CPU with `minReplicas: 0`, plus Cluster Autoscaler.',
        correct: false,
        explanation:
          'A CPU-based HPA doesn’t see the queue, and it doesn’t scale a workload from zero, so the burst would wait for CPU to rise on pods that don’t exist.',
      },
      {
        text: 'KEDA with its Amazon SQS scaler for the workers, and Karpenter or EKS Auto Mode to add and consolidate nodes.',
        correct: true,
        explanation:
          'KEDA scales a workload between zero and one itself and drives an HPA on the queue length above that, while Karpenter or Auto Mode launch nodes for pending pods and remove them when they empty.',
      },
      {
        text: 'An Amazon EventBridge rule that calls a Lambda function to patch the Deployment’s replica count every minute.',
        correct: false,
        explanation: 'This is the custom scaling code the company wants to avoid, and it still leaves the nodes unmanaged.',
      },
      {
        text: 'A Vertical Pod Autoscaler in `Auto` mode so the worker pods grow with the load.',
        correct: false,
        explanation:
          'The VPA changes the CPU and memory of each pod, not the number of workers, and it can’t remove all workers when the queue is empty.',
      },
    ],
    learnMore: '/docs/eks/scaling/#keda',
    source: 'https://keda.sh/docs/latest/concepts/',
  },
  {
    id: 'q-eksscale-vpa-hpa-conflict',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A team wants its API pods on Amazon EKS to get correctly sized CPU and memory requests automatically, and also to add replicas when request traffic rises. It already exposes a requests-per-second metric to Kubernetes. Which setup should it use?',
    exam: 'SAA',
    choose: 1,
    options: [
      {
        text: 'The Vertical Pod Autoscaler for requests, and a HorizontalPodAutoscaler on CPU utilization for replicas.',
        correct: false,
        explanation:
          'Here the VPA sets CPU requests, and an HPA that scales on CPU utilization reacts to the same resource; the VPA project advises against that pairing.',
      },
      {
        text: 'The Vertical Pod Autoscaler for requests, and a HorizontalPodAutoscaler on the requests-per-second metric for replicas.',
        correct: true,
        explanation: 'The VPA right-sizes CPU and memory requests, and an HPA on a custom or external metric is compatible with it.',
      },
      {
        text: 'Two HorizontalPodAutoscalers on the same Deployment, one on CPU and one on memory.',
        correct: false,
        explanation: 'Neither HPA changes pod requests, and two HPAs on one workload conflict with each other.',
      },
      {
        text: 'Karpenter consolidation, which resizes pods to fit the nodes it launches.',
        correct: false,
        explanation: 'Karpenter chooses and removes nodes; it doesn’t change the CPU and memory requests of pods.',
      },
    ],
    learnMore: '/docs/eks/scaling/#vpa',
    source: 'https://github.com/kubernetes/autoscaler/blob/master/vertical-pod-autoscaler/docs/known-limitations.md',
  },
  {
    id: 'q-eksscale-karpenter-consolidation-idle',
    page: '/docs/eks/scaling/',
    service: 'EKS',
    scenario:
      'A retailer uses Karpenter on Amazon EKS. After the evening peak, the HPA scales most Deployments down, but the bill barely drops: many nodes keep running at 15% utilization. The NodePool sets `consolidationPolicy: WhenEmpty`. The company wants lower cost without losing availability during the change. What should it do?',
    exam: 'SAP',
    choose: 1,
    options: [
      {
        text: 'Switch the NodePool to `consolidationPolicy: WhenEmptyOrUnderutilized` and keep PodDisruptionBudgets on critical Deployments.',
        correct: true,
        explanation:
          '`WhenEmpty` only removes nodes with nothing left on them. `WhenEmptyOrUnderutilized` also moves pods off underused nodes and deletes or replaces them, while evictions respect PodDisruptionBudgets.',
      },
      {
        text: 'Set `consolidateAfter: Never` so Karpenter stops replacing nodes during the evening.',
        correct: false,
        explanation: '`Never` turns consolidation off entirely, which keeps the idle nodes running.',
      },
      {
        text: 'Replace Karpenter with Cluster Autoscaler and one node group per instance size.',
        correct: false,
        explanation:
          'This adds node groups to manage and loses Karpenter’s ability to replace nodes with cheaper ones; the existing setting is the real cause.',
      },
      {
        text: 'Delete the PodDisruptionBudgets so Karpenter can evict pods freely.',
        correct: false,
        explanation:
          'The policy, not the budgets, keeps underused nodes alive here, and removing the budgets risks availability during evictions.',
      },
    ],
    learnMore: '/docs/eks/scaling/#karpenter-consolidation',
    source: 'https://karpenter.sh/docs/concepts/disruption/',
  },
] as const satisfies readonly Question[];
