import { useCallback, useEffect, useState } from 'react';
import type { Question } from '@/lib/data/questions/types';
import { hook } from '@/lib/dom-hooks';
import { drawQuestions, EVEN_WEIGHTS, weightsFromProgress } from '@/lib/quiz/draw';
import { DEFAULT_LENGTH, examLength, type ExamLength } from '@/lib/quiz/exam-lengths';
import { scoreExam } from '@/lib/quiz/exam-score';
import {
  clearActiveExam,
  clearHistory,
  loadActiveExam,
  loadHistory,
  recordAttempt,
  saveActiveExam,
  type ActiveExam,
  type ExamAttempt,
} from '@/lib/quiz/exam-storage';
import { loadProgress } from '@/lib/quiz/progress';
import { parseSeed, seededRandom } from '@/lib/quiz/seeded-random';
import { spokenTime } from '@/lib/quiz/exam-timer';
import { ExamSetup, type ExamChoice } from './exam-setup';
import { ExamRunner } from './exam-runner';
import { ExamResults } from './exam-results';
import type { ExamLabels } from './mock-exam-loader';
import { MOCK_EXAM } from './hooks';

/** The question bank by id, in the bank's own order (the order a seeded draw walks). */
export type Bank = ReadonlyMap<string, Question>;

let bankRequest: Promise<Bank> | undefined;

/** Fetches the question bank once, when an exam first needs it: it never loads with the page. */
function loadBank(): Promise<Bank> {
  bankRequest ??= import('@/lib/data/questions').then(
    ({ PRACTICE_QUESTIONS }) => new Map(PRACTICE_QUESTIONS.map((question) => [question.id, question])),
  );
  // A failed fetch (offline, a new deployment) is tried again next time.
  bankRequest.catch(() => {
    bankRequest = undefined;
  });
  return bankRequest;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A shared set named by the address (`?seed=…&length=…`); a malformed seed names none. */
function sharedSetInAddress(): { seed: string; length: ExamLength } | null {
  const params = new URLSearchParams(window.location.search);
  const seed = parseSeed(params.get('seed'));
  return seed ? { seed, length: examLength(params.get('length')) ?? DEFAULT_LENGTH } : null;
}

/** Drops questions the bank no longer has (it changed since the exam started); null when none is left. */
function withKnownQuestions(exam: ActiveExam, bank: Bank): ActiveExam | null {
  const questionIds = exam.questionIds.filter((id) => bank.has(id));
  if (questionIds.length === 0) return null;
  return { ...exam, questionIds, current: Math.min(exam.current, questionIds.length - 1) };
}

type Screen = { kind: 'setup' } | { kind: 'preparing' } | { kind: 'running'; exam: ActiveExam } | { kind: 'results'; attempt: ExamAttempt };

/**
 * The mock exam: start screen, the timed exam, the result. Runs only in the browser (its loader imports it after the
 * page is interactive). The exam in progress is saved on every change, so a reload carries on with the clock running.
 */
export function ExamApp({ labels }: { labels: ExamLabels }) {
  const [storage] = useState(browserStorage);
  const [resumable] = useState(() => loadActiveExam(storage));
  const [screen, setScreen] = useState<Screen>(() => (resumable ? { kind: 'preparing' } : { kind: 'setup' }));
  const [bank, setBank] = useState<Bank | null>(null);
  const [history, setHistory] = useState(() => loadHistory(storage));
  const [shared, setShared] = useState(sharedSetInAddress);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  // Focus moves to a screen's heading only after the reader did something, never when the page first opens.
  const [acted, setActed] = useState(false);

  const show = useCallback((next: Screen, message: string | null = null) => {
    setScreen(next);
    setNotice(message);
  }, []);

  const failedToLoad = useCallback(() => {
    show({ kind: 'setup' }, 'The questions could not load. Check your connection and try again.');
  }, [show]);

  const finish = useCallback(
    (exam: ActiveExam, ending: ExamAttempt['ending'], questions: Bank, message: string | null = null) => {
      const scored = exam.questionIds.flatMap((id) => questions.get(id) ?? []);
      const score = scoreExam(scored, exam.answers);
      clearActiveExam(storage);
      if (score.total === 0) {
        show({ kind: 'setup' }, 'The questions of your last exam are no longer in the bank, so it could not be scored.');
        return;
      }
      const { current: _current, ...set } = exam;
      const attempt: ExamAttempt = {
        ...set,
        finishedAt: Math.min(Date.now(), exam.startedAt + exam.durationMs),
        ending,
        right: score.right,
        total: score.total,
      };
      setHistory(recordAttempt(storage, attempt));
      show({ kind: 'results', attempt }, message);
      setAnnouncement(`${ending === 'timeout' ? 'Time is up.' : 'Exam finished.'} You answered ${score.right} of ${score.total} right.`);
    },
    [show, storage],
  );

  // An exam left running (reload, closed tab): carry on, or score it if its time ran out meanwhile.
  useEffect(() => {
    if (!resumable) return;
    let cancelled = false;
    loadBank()
      .then((questions) => {
        if (cancelled) return;
        setBank(questions);
        const exam = withKnownQuestions(resumable, questions);
        if (!exam) return finish(resumable, 'timeout', questions);
        if (Date.now() >= exam.startedAt + exam.durationMs) {
          return finish(exam, 'timeout', questions, 'Your time ran out while you were away, so the exam finished by itself.');
        }
        show({ kind: 'running', exam }, 'Welcome back: your exam carries on where you left it. The clock kept running meanwhile.');
        setAnnouncement('Your exam carries on where you left it.');
      })
      .catch(failedToLoad);
    return () => {
      cancelled = true;
    };
  }, [resumable, finish, show, failedToLoad]);

  const begin = (questionIds: readonly string[], set: Pick<ActiveExam, 'seed' | 'weighted' | 'durationMs'>) => {
    const exam: ActiveExam = { ...set, questionIds: [...questionIds], answers: {}, flagged: [], startedAt: Date.now(), current: 0 };
    saveActiveExam(storage, exam);
    show({ kind: 'running', exam });
    setAnnouncement(`Exam started: ${questionIds.length} questions, ${spokenTime(set.durationMs)}.`);
  };

  const start = (choice: ExamChoice) => {
    setActed(true);
    show({ kind: 'preparing' });
    loadBank()
      .then((questions) => {
        setBank(questions);
        const weights = choice.weighted ? weightsFromProgress(loadProgress(storage)) : EVEN_WEIGHTS;
        const drawn = drawQuestions([...questions.values()], choice.length.questions, seededRandom(choice.seed), { weightOf: weights });
        begin(
          drawn.map((question) => question.id),
          { seed: choice.seed, weighted: choice.weighted, durationMs: choice.length.minutes * 60_000 },
        );
      })
      .catch(failedToLoad);
  };

  const review = (attempt: ExamAttempt) => {
    setActed(true);
    show({ kind: 'preparing' });
    loadBank()
      .then((questions) => {
        setBank(questions);
        show({ kind: 'results', attempt });
      })
      .catch(failedToLoad);
  };

  const update = (exam: ActiveExam) => {
    saveActiveExam(storage, exam);
    setScreen({ kind: 'running', exam });
  };

  /** Back to the start screen, leaving any shared set in the address behind. */
  const setUpOwn = () => {
    setActed(true);
    if (shared) {
      const url = new URL(window.location.href);
      url.searchParams.delete('seed');
      url.searchParams.delete('length');
      window.history.replaceState(window.history.state, '', url);
      setShared(null);
    }
    show({ kind: 'setup' });
  };

  return (
    <div className="exam-app" {...hook(MOCK_EXAM.screen, screen.kind)}>
      <p className="sr-only" role="status" {...hook(MOCK_EXAM.announcer)}>
        {announcement}
      </p>
      {screen.kind === 'setup' ? (
        <ExamSetup
          shared={shared}
          progress={loadProgress(storage)}
          history={history}
          notice={notice}
          focusHeading={acted}
          onStart={start}
          onOwnExam={setUpOwn}
          onReview={review}
          onClearHistory={() => {
            clearHistory(storage);
            setHistory([]);
            setAnnouncement('Your past attempts were deleted from this browser.');
          }}
        />
      ) : null}
      {screen.kind === 'preparing' ? (
        <p className="tool-fallback" aria-busy="true">
          Preparing your questions…
        </p>
      ) : null}
      {screen.kind === 'running' && bank ? (
        <ExamRunner
          key={screen.exam.startedAt}
          exam={screen.exam}
          bank={bank}
          notice={notice}
          focusFirst={acted}
          onChange={update}
          onAnnounce={setAnnouncement}
          onFinish={(exam, ending) => {
            setActed(true);
            finish(
              exam,
              ending,
              bank,
              ending === 'timeout' ? 'Time ran out, so the exam finished by itself. Unanswered questions count as wrong.' : null,
            );
          }}
        />
      ) : null}
      {screen.kind === 'results' && bank ? (
        <ExamResults
          key={`${screen.attempt.startedAt}`}
          attempt={screen.attempt}
          bank={bank}
          labels={labels}
          notice={notice}
          focusHeading={acted}
          onRetake={() => {
            const exam = withKnownQuestions({ ...screen.attempt, current: 0 }, bank);
            if (exam) begin(exam.questionIds, exam);
          }}
          onNewExam={setUpOwn}
        />
      ) : null}
    </div>
  );
}
