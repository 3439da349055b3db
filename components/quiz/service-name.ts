import type { Question } from '@/lib/data/questions/types';

/** The service a question is about, as a reader reads it. Plain code: the web and Markdown forms both use it. */
export function serviceName(question: Pick<Question, 'service'>): string {
  return question.service === 'both' ? 'ECS and EKS' : question.service;
}
