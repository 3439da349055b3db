import { loadProgress, saveProgress, scoreOf, type Progress } from '@/lib/quiz/progress';
import { FILTERS_KEY, parseFilters, serializeFilters, toFilters, type PracticeFilters } from '@/lib/quiz/filters';
import { QUIZ } from './hooks';

const LETTERS = 'ABCDE';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function savedFilters(): PracticeFilters {
  try {
    return parseFilters(window.sessionStorage.getItem(FILTERS_KEY));
  } catch {
    return parseFilters(null);
  }
}

function saveFilters(filters: PracticeFilters): void {
  try {
    window.sessionStorage.setItem(FILTERS_KEY, serializeFilters(filters));
  } catch {
    // Storage blocked: the filters hold for this page only.
  }
}

function progressLine({ answered, correct }: { answered: number; correct: number }): string {
  return answered === 0 ? ' · none answered yet' : ` · ${answered} answered, ${correct} right`;
}

function inputsOf(question: HTMLElement): HTMLInputElement[] {
  return [...question.querySelectorAll<HTMLInputElement>(`input[${QUIZ.correct}]`)];
}

function isCorrect(input: HTMLInputElement): boolean {
  return input.getAttribute(QUIZ.correct) === 'true';
}

function letterOf(input: HTMLInputElement): string {
  return LETTERS[Number(input.value)] ?? '?';
}

/**
 * Adds checking, feedback, score, progress and (on the practice pages) filters to the server-rendered questions
 * inside `root`, or fills in the progress per area on the practice index, and looks at nothing outside `root`.
 * Returns a cleanup function. Pure DOM work: nothing to hydrate.
 */
export function enhanceQuiz(root: HTMLElement): () => void {
  const within = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const questions = within<HTMLElement>(`[${QUIZ.question}]`);
  const areas = within<HTMLElement>(`[${QUIZ.areaProgress}]`);
  if (questions.length === 0 && areas.length === 0) return () => {};
  let progress: Progress = loadProgress(storage());
  const controller = new AbortController();
  const { signal } = controller;

  const visibleIds = () => questions.filter((question) => !question.hidden).map((question) => question.id);

  function renderAreas() {
    const everyId = new Set<string>();
    for (const area of areas) {
      const ids = (area.getAttribute(QUIZ.questionIds) ?? '').split(' ').filter(Boolean);
      for (const id of ids) everyId.add(id);
      area.textContent = progressLine(scoreOf(progress, ids));
    }
    for (const total of within<HTMLElement>(`[${QUIZ.areaTotal}]`)) total.textContent = progressLine(scoreOf(progress, [...everyId]));
  }

  function renderScore() {
    const { answered, correct, total } = scoreOf(progress, visibleIds());
    for (const score of within<HTMLElement>(`[${QUIZ.score}]`)) {
      score.textContent =
        answered === 0 ? `${total} questions, none answered yet.` : `${correct} of ${answered} answered correctly (${total} questions).`;
    }
  }

  function feedbackOf(question: HTMLElement) {
    return question.querySelector<HTMLElement>(`[${QUIZ.feedback}]`);
  }

  function showResult(question: HTMLElement, right: boolean, announce: boolean) {
    question.setAttribute(QUIZ.result, right ? 'correct' : 'incorrect');
    for (const input of inputsOf(question)) {
      input.closest('label')?.setAttribute(QUIZ.answer, isCorrect(input) ? 'correct' : input.checked ? 'chosen-wrong' : '');
    }
    const details = question.querySelector('details');
    if (details) details.open = true;
    const feedback = feedbackOf(question);
    if (feedback) {
      const answer = inputsOf(question).filter(isCorrect).map(letterOf).join(' and ');
      const text = right ? `Correct: ${answer}.` : `Not quite. The answer is ${answer}. The explanations are below.`;
      feedback.textContent = announce ? text : `Last time: ${right ? 'correct' : 'incorrect'}.`;
    }
  }

  function check(question: HTMLElement) {
    const chosen = inputsOf(question).filter((input) => input.checked);
    const needed = Number(question.getAttribute(QUIZ.choose) ?? 1);
    if (chosen.length !== needed) {
      const feedback = feedbackOf(question);
      if (feedback) feedback.textContent = needed === 2 ? 'Choose two answers first.' : 'Choose an answer first.';
      return;
    }
    const right = inputsOf(question).every((input) => input.checked === isCorrect(input));
    progress = { ...progress, [question.id]: { correct: right } };
    saveProgress(storage(), progress);
    showResult(question, right, true);
    renderScore();
  }

  function reset() {
    const ids = new Set(questions.map((question) => question.id));
    progress = Object.fromEntries(Object.entries(progress).filter(([id]) => !ids.has(id)));
    saveProgress(storage(), progress);
    for (const question of questions) {
      question.removeAttribute(QUIZ.result);
      for (const input of inputsOf(question)) {
        input.checked = false;
        input.closest('label')?.removeAttribute(QUIZ.answer);
      }
      const details = question.querySelector('details');
      if (details) details.open = false;
      const feedback = feedbackOf(question);
      if (feedback) feedback.textContent = '';
    }
    applyFilters();
  }

  const filterForm = root.querySelector<HTMLFormElement>(`[${QUIZ.filters}]`);
  const serviceSelect = filterForm?.querySelector<HTMLSelectElement>('[name="service"]');
  const missedBox = filterForm?.querySelector<HTMLInputElement>('[name="missed"]');

  function applyFilters() {
    if (filterForm) {
      const topic = filterForm.querySelector<HTMLSelectElement>('[name="topic"]')?.value ?? '';
      const service = serviceSelect?.value ?? '';
      const missedOnly = missedBox?.checked ?? false;
      for (const question of questions) {
        const ownService = question.getAttribute(QUIZ.service);
        const matchesTopic = !topic || question.getAttribute(QUIZ.topic) === topic;
        const matchesService = !service || ownService === service || ownService === 'both';
        const missed = progress[question.id]?.correct === false;
        question.hidden = !(matchesTopic && matchesService && (!missedOnly || missed));
      }
      for (const group of within<HTMLElement>(`[${QUIZ.topicGroup}]`)) {
        group.hidden = !group.querySelector(`[${QUIZ.question}]:not([hidden])`);
      }
      const empty = root.querySelector<HTMLElement>(`[${QUIZ.noMatches}]`);
      if (empty) empty.hidden = visibleIds().length > 0;
    }
    renderScore();
  }

  for (const question of questions) {
    const saved = progress[question.id];
    if (saved) showResult(question, saved.correct, false);
    question.querySelector(`[${QUIZ.check}]`)?.addEventListener('click', () => check(question), { signal });
    question.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          check(question);
        }
      },
      { signal },
    );
  }
  for (const button of within(`[${QUIZ.reset}]`)) button.addEventListener('click', reset, { signal });
  if (filterForm && serviceSelect && missedBox) {
    // The reader's service and "missed" choices from another practice page apply here too, visibly in the form.
    const carried = savedFilters();
    serviceSelect.value = carried.service;
    missedBox.checked = carried.missed;
    filterForm.addEventListener(
      'change',
      () => {
        saveFilters(toFilters({ service: serviceSelect.value, missed: missedBox.checked }));
        applyFilters();
      },
      { signal },
    );
  }
  applyFilters();
  renderAreas();
  // Lets readers' tools and the browser tests know the questions are interactive now.
  root.setAttribute(QUIZ.enhanced, 'true');
  return () => controller.abort();
}
