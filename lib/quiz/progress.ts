import { dictionary, flag, QUESTION_ID, shape } from './stored-json';

/** What the browser remembers per question: answered, and whether the last answer was right. */
export interface QuestionProgress {
  correct: boolean;
}

export type Progress = Record<string, QuestionProgress>;

export const PROGRESS_KEY = 'field-guide-practice-v1';

const checkProgress = dictionary(QUESTION_ID, shape({ correct: flag }));

/** The part of Web Storage the quiz uses; tests pass a plain object. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads saved progress. Corrupted or foreign values are dropped (and removed), never fatal. */
export function loadProgress(storage: StorageLike | undefined): Progress {
  // Stryker disable next-line ConditionalExpression: without storage every call below throws into a catch, ending in the same {}
  if (!storage) return {};
  let raw: string | null = null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
    if (raw === null) return {};
    const progress = checkProgress(JSON.parse(raw));
    if (progress) return progress;
  } catch {
    // Unreadable JSON or blocked storage: fall through and reset.
  }
  try {
    storage.removeItem(PROGRESS_KEY);
  } catch {
    // Storage unavailable: nothing to reset.
  }
  return {};
}

export function saveProgress(storage: StorageLike | undefined, progress: Progress): void {
  try {
    // Stryker disable next-line OptionalChaining: without storage the TypeError is caught and ignored, the same no-op
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Quota or privacy mode: progress lasts for this page view only.
  }
}

export function scoreOf(progress: Progress, ids: readonly string[]): { answered: number; correct: number; total: number } {
  let answered = 0;
  let correct = 0;
  for (const id of ids) {
    const entry = progress[id];
    if (!entry) continue;
    answered++;
    if (entry.correct) correct++;
  }
  return { answered, correct, total: ids.length };
}
