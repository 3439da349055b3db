import { count, dictionary, flag, list, oneOf, QUESTION_ID, shape, text, type Checked } from './stored-json';
import type { StorageLike } from './progress';

/**
 * What the mock exam keeps in this browser: the exam in progress (so a reload carries on with the clock still
 * running) and the finished attempts. Anything unreadable is dropped, never fatal.
 */

export const ACTIVE_EXAM_KEY = 'field-guide-mock-exam-active-v1';
export const EXAM_HISTORY_KEY = 'field-guide-mock-exam-history-v1';
/** The newest attempts kept; a full-length attempt takes about 3 KB. */
export const MAX_ATTEMPTS = 20;

const questionId = text(QUESTION_ID);
const time = count(0);

const examSetFields = {
  /** The seed the set was drawn with, and whether the reader's misses weighted it (a shared link reproduces only even draws). */
  seed: text(/^[a-z0-9]{1,16}$/),
  weighted: flag,
  questionIds: list(questionId, 1, 200),
  answers: dictionary(QUESTION_ID, list(count(0, 9), 0, 10)),
  flagged: list(questionId, 0, 200),
  startedAt: time,
  durationMs: count(1),
};

const checkActiveExam = shape({
  ...examSetFields,
  /** The question on screen, as an index into questionIds. */
  current: count(0),
});

const checkAttempt = shape({
  ...examSetFields,
  finishedAt: time,
  ending: oneOf('finished', 'timeout'),
  /** The score when it was taken: the bank may change later. */
  right: count(0),
  total: count(1),
});

export type ActiveExam = Checked<typeof checkActiveExam>;
export type ExamAttempt = Checked<typeof checkAttempt>;

function read(storage: StorageLike | undefined, key: string): unknown {
  try {
    // Stryker disable next-line OptionalChaining: without storage the TypeError lands in the catch below, whose null every caller treats as nothing stored
    const raw = storage?.getItem(key);
    return raw == null ? undefined : JSON.parse(raw);
  } catch {
    return null;
  }
}

function remove(storage: StorageLike | undefined, key: string): void {
  try {
    // Stryker disable next-line OptionalChaining: without storage the TypeError is caught and ignored, the same no-op
    storage?.removeItem(key);
  } catch {
    // Storage unavailable: nothing to clean up.
  }
}

function write(storage: StorageLike | undefined, key: string, value: unknown): void {
  try {
    // Stryker disable next-line OptionalChaining: without storage the TypeError is caught and ignored, the same no-op
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the exam still runs, it just isn't kept.
  }
}

/** The exam in progress, or null. A corrupted one is removed. */
export function loadActiveExam(storage: StorageLike | undefined): ActiveExam | null {
  const value = read(storage, ACTIVE_EXAM_KEY);
  if (value === undefined) return null;
  const exam = checkActiveExam(value);
  if (exam && exam.current < exam.questionIds.length) return exam;
  remove(storage, ACTIVE_EXAM_KEY);
  return null;
}

export function saveActiveExam(storage: StorageLike | undefined, exam: ActiveExam): void {
  write(storage, ACTIVE_EXAM_KEY, exam);
}

export function clearActiveExam(storage: StorageLike | undefined): void {
  remove(storage, ACTIVE_EXAM_KEY);
}

/** Finished attempts, newest first. Unreadable entries are dropped one by one; an unreadable list as a whole is removed. */
export function loadHistory(storage: StorageLike | undefined): ExamAttempt[] {
  const value = read(storage, EXAM_HISTORY_KEY);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    remove(storage, EXAM_HISTORY_KEY);
    return [];
  }
  return value.flatMap((entry) => checkAttempt(entry) ?? []).slice(0, MAX_ATTEMPTS);
}

/** Adds an attempt in front of the others and keeps the newest MAX_ATTEMPTS. Returns the list as saved. */
export function recordAttempt(storage: StorageLike | undefined, attempt: ExamAttempt): ExamAttempt[] {
  const history = [attempt, ...loadHistory(storage)].slice(0, MAX_ATTEMPTS);
  write(storage, EXAM_HISTORY_KEY, history);
  return history;
}

export function clearHistory(storage: StorageLike | undefined): void {
  remove(storage, EXAM_HISTORY_KEY);
}
