import type { Locator, Page } from 'playwright-core';
export interface SearchTransfer {
  url: string;
  raw?: number;
  gzip: number;
}
export interface SearchMeasurement {
  query: string;
  ms?: number;
  bytes: number;
  transfers: SearchTransfer[];
}
export const SEARCH_FIRST_RESULT_BUDGET: number;
export function resultsFor(page: Page, query: string): Locator;
export function measureFirstSearch(page: Page, query: string, options?: { letterDelayMs?: number }): Promise<Required<SearchMeasurement>>;
export function searchWeightVerdict(measurement: SearchMeasurement, limit: number): { ok: boolean; message: string };
