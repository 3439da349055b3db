import { FARGATE_TASK_LIMITS } from './fargate';

/** The cost what-if's assumptions, in plain words. Shown under the calculator with or without JavaScript. */
export const ASSUMPTIONS = [
  'Fargate bills the vCPU and memory each task asks for, per second, rounded up to the next second. The hours you enter are split evenly over the runs.',
  `A Fargate task must be ${FARGATE_TASK_LIMITS.minVcpu} to ${FARGATE_TASK_LIMITS.maxVcpu} vCPU with ${FARGATE_TASK_LIMITS.minMemoryGb} to ${FARGATE_TASK_LIMITS.maxMemoryGb} GB (Linux). Check AWS's table of task sizes that your vCPU and memory pair is one it accepts.`,
  'Fargate Spot costs the regular Fargate price less the discount you enter (AWS states up to 70%). It is for ECS only, runs Linux tasks on x86 or ARM (ARM on platform version 1.4.0 or later) but not Windows, and AWS can stop a task with a two-minute warning.',
  'EC2 On-Demand buys enough whole instances for the tasks at the number per instance you enter, each billed at your price for the hours you enter. Savings Plans, Reserved Instances and Spot Instances can cost less.',
  'The control plane is the same whatever compute you pick, so it is added to every option: nothing on ECS; on EKS, clusters × hours × $0.10 per cluster-hour in standard support or $0.60 in extended support.',
  'Architecture (x86 or ARM) changes only which Fargate and EC2 prices you look up; Fargate Spot is available for both.',
  'Left out: ephemeral storage above the free 20 GB, EBS and EFS, load balancers, data transfer, logs, Amazon ECR, the EKS Auto Mode fee and Provisioned Control Plane tiers.',
  'Rounding: each line is worked out unrounded, then rounded half up to the cent; a total is the sum of its rounded lines.',
] as const;
