/**
 * The only prices the guide states as figures, each with where it applies, when it was checked and its source.
 * Everything else the cost what-if needs (Fargate rates, EC2 instance prices) is NOT here on purpose: they vary by
 * Region, operating system and architecture, so the reader enters them from AWS's pricing pages (READER_PRICES).
 */

export interface SourcedFigure {
  label: string;
  value: number;
  unit: 'USD per cluster-hour' | 'USD' | 'percent';
  /** True when AWS itself gives the figure as an approximation ("about 70%"); false for exact figures and stated maximums. */
  approximate: boolean;
  /** The Region the figure is for, as the source states it. */
  region: string;
  /** ISO date the figure was last checked against its source. */
  checked: string;
  source: string;
  /** Anything a reader must know to use the figure correctly. */
  note: string;
}

/** AWS quotes these figures without naming a Region. */
export const NO_REGION_NAMED = 'no named Region (AWS quotes a single rate)';

export const PRICES = {
  ecsControlPlane: {
    label: 'Amazon ECS control plane',
    value: 0,
    unit: 'USD',
    approximate: false,
    region: NO_REGION_NAMED,
    checked: '2026-11-29',
    source: 'https://aws.amazon.com/ecs/pricing/',
    note: 'No additional charge for ECS orchestration; you pay for the compute and other resources your tasks use.',
  },
  eksStandardSupport: {
    label: 'Amazon EKS control plane, Kubernetes version in standard support',
    value: 0.1,
    unit: 'USD per cluster-hour',
    approximate: false,
    region: NO_REGION_NAMED,
    checked: '2026-11-29',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
    note: 'Applies for the 14 months a Kubernetes minor version is in standard support on EKS.',
  },
  eksExtendedSupport: {
    label: 'Amazon EKS control plane, Kubernetes version in extended support (total)',
    value: 0.6,
    unit: 'USD per cluster-hour',
    approximate: false,
    region: NO_REGION_NAMED,
    checked: '2026-11-29',
    source: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
    note: 'The total rate, not a surcharge, from the April 2024 billing cycle, for the 12 months of extended support. Clusters created through the EKS API have extended support on unless the upgrade policy is STANDARD; clusters created in the console start with it off.',
  },
  fargateSpotDiscount: {
    label: 'Fargate Spot discount from the regular Fargate price (the most AWS states)',
    value: 70,
    unit: 'percent',
    approximate: false,
    region: NO_REGION_NAMED,
    checked: '2026-11-29',
    source: 'https://aws.amazon.com/fargate/pricing/',
    note: 'AWS says "up to 70%": a best case, not a typical saving. The real discount varies, so the calculator lets you change it.',
  },
} as const satisfies Record<string, SourcedFigure>;

/** The date shown as "prices as of": the oldest check among the sourced figures. */
export const PRICES_CHECKED: string = Object.values(PRICES)
  .map((figure) => figure.checked)
  .sort()[0];

/** The Region shown next to that date: one value when every figure agrees. */
export const PRICES_REGION: string = [...new Set(Object.values(PRICES).map((figure) => figure.region))].join('; ');

/** Prices the reader looks up and enters: where to find them. Not figures we state. */
export const READER_PRICES = {
  fargate: {
    label: 'AWS Fargate pricing (per vCPU-hour and per GB-hour, by Region, operating system and architecture)',
    source: 'https://aws.amazon.com/fargate/pricing/',
  },
  ec2: {
    label: 'Amazon EC2 On-Demand pricing (per instance-hour, by Region and instance type)',
    source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  },
} as const satisfies Record<string, { label: string; source: string }>;
