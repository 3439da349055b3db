import type { Question } from './types';
import { questions as overview } from './overview';
import { questions as coreConcepts } from './core-concepts';
import { questions as computeOptions } from './compute-options';
import { questions as choosing } from './choosing';
import { questions as simpleOptions } from './simple-options';
import { questions as ecsHowEcsWorks } from './ecs-how-ecs-works';
import { questions as ecsTaskNetworking } from './ecs-task-networking';
import { questions as ecsSchedulingPlacement } from './ecs-scheduling-placement';
import { questions as ecsScalingCapacity } from './ecs-scaling-capacity';
import { questions as ecsDeployments } from './ecs-deployments';
import { questions as ecsEventDrivenBatch } from './ecs-event-driven-batch';
import { questions as ecsSecurityOperations } from './ecs-security-operations';
import { questions as ecsStorage } from './ecs-storage';
import { questions as ecsQuotas } from './ecs-quotas';
import { questions as ecsAnywhereManagedInstances } from './ecs-anywhere-managed-instances';
import { questions as eksHowEksWorks } from './eks-how-eks-works';
import { questions as eksCompute } from './eks-compute';
import { questions as eksIdentityAccess } from './eks-identity-access';
import { questions as eksNetworking } from './eks-networking';
import { questions as eksStorage } from './eks-storage';
import { questions as eksScaling } from './eks-scaling';
import { questions as eksLifecycle } from './eks-lifecycle';
import { questions as ecr } from './ecr';
import { questions as integrations } from './integrations';
import { questions as observability } from './observability';
import { questions as security } from './security';
import { questions as pricing } from './pricing';
import { questions as useCases } from './use-cases';

export type { Question } from './types';

/** Every practice question, one file per topic page, in guide order. */
export const PRACTICE_QUESTIONS: readonly Question[] = [
  ...overview,
  ...coreConcepts,
  ...computeOptions,
  ...choosing,
  ...simpleOptions,
  ...ecsHowEcsWorks,
  ...ecsTaskNetworking,
  ...ecsSchedulingPlacement,
  ...ecsScalingCapacity,
  ...ecsDeployments,
  ...ecsEventDrivenBatch,
  ...ecsSecurityOperations,
  ...ecsStorage,
  ...ecsQuotas,
  ...ecsAnywhereManagedInstances,
  ...eksHowEksWorks,
  ...eksCompute,
  ...eksIdentityAccess,
  ...eksNetworking,
  ...eksStorage,
  ...eksScaling,
  ...eksLifecycle,
  ...ecr,
  ...integrations,
  ...observability,
  ...security,
  ...pricing,
  ...useCases,
];

export function questionsForPage(url: string): Question[] {
  return PRACTICE_QUESTIONS.filter((question) => question.page === url);
}
