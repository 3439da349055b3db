/**
 * The practice pages' service and "missed" filters, kept for the browser tab so they follow the reader from one
 * practice page to the next. The topic filter belongs to one page and is not kept.
 */
export interface PracticeFilters {
  service: '' | 'ECS' | 'EKS';
  missed: boolean;
}

export const FILTERS_KEY = 'field-guide-practice-filters-v1';

export const NO_FILTERS: PracticeFilters = { service: '', missed: false };

/** Filters from any value: an unknown service or a "missed" that is not `true` counts as no filter. */
export function toFilters(value: unknown): PracticeFilters {
  if (typeof value !== 'object' || value === null) return NO_FILTERS;
  const { service, missed } = value as Record<string, unknown>;
  return { service: service === 'ECS' || service === 'EKS' ? service : '', missed: missed === true };
}

/** Reads saved filters; anything unreadable counts as no filter, never an error. */
export function parseFilters(raw: string | null): PracticeFilters {
  // Stryker disable next-line ConditionalExpression: JSON.parse(null) reads "null", which toFilters turns into NO_FILTERS as well
  if (raw === null) return NO_FILTERS;
  try {
    return toFilters(JSON.parse(raw));
  } catch {
    return NO_FILTERS;
  }
}

export function serializeFilters(filters: PracticeFilters): string {
  return JSON.stringify({ service: filters.service, missed: filters.missed });
}
