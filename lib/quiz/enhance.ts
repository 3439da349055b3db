import { loadProgress, saveProgress, scoreOf, type Progress } from './progress';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function inputsOf(question: HTMLElement): HTMLInputElement[] {
  return [...question.querySelectorAll<HTMLInputElement>('.question-options input')];
}

function isRight(question: HTMLElement): boolean {
  return inputsOf(question).every((input) => input.checked === (input.dataset.correct === 'true'));
}

function letterOf(input: HTMLInputElement): string {
  return 'ABCDE'[Number(input.value)] ?? '?';
}

/**
 * Adds checking, feedback, score, progress and (on the Practice page) filters to the server-rendered
 * questions in `root`. Returns a cleanup function. Pure DOM work: no React, nothing to hydrate.
 */
export function enhanceQuizzes(root: Document | HTMLElement): () => void {
  const questions = [...root.querySelectorAll<HTMLElement>('[data-question]')];
  if (questions.length === 0) return () => {};
  let progress: Progress = loadProgress(storage());
  const controller = new AbortController();
  const { signal } = controller;

  const visibleIds = () => questions.filter((question) => !question.hidden).map((question) => question.id);

  function renderScore() {
    const { answered, correct, total } = scoreOf(progress, visibleIds());
    for (const score of root.querySelectorAll<HTMLElement>('[data-score]')) {
      score.textContent =
        answered === 0 ? `${total} questions, none answered yet.` : `${correct} of ${answered} answered correctly (${total} questions).`;
    }
  }

  function showResult(question: HTMLElement, right: boolean, announce: boolean) {
    question.dataset.result = right ? 'correct' : 'incorrect';
    for (const input of inputsOf(question)) {
      const label = input.closest('label');
      if (!label) continue;
      label.dataset.answer = input.dataset.correct === 'true' ? 'correct' : input.checked ? 'chosen-wrong' : '';
    }
    const details = question.querySelector('details');
    if (details) details.open = true;
    const feedback = question.querySelector<HTMLElement>('[data-feedback]');
    if (feedback) {
      const answer = inputsOf(question)
        .filter((input) => input.dataset.correct === 'true')
        .map(letterOf)
        .join(' and ');
      const text = right ? `Correct: ${answer}.` : `Not quite. The answer is ${answer}. The explanations are below.`;
      feedback.textContent = announce ? text : `Last time: ${right ? 'correct' : 'incorrect'}.`;
    }
  }

  function check(question: HTMLElement) {
    const chosen = inputsOf(question).filter((input) => input.checked);
    const feedback = question.querySelector<HTMLElement>('[data-feedback]');
    const needed = Number(question.dataset.choose ?? 1);
    if (chosen.length !== needed) {
      if (feedback) feedback.textContent = needed === 2 ? 'Choose two answers first.' : 'Choose an answer first.';
      return;
    }
    const right = isRight(question);
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
      delete question.dataset.result;
      for (const input of inputsOf(question)) {
        input.checked = false;
        delete input.closest('label')?.dataset.answer;
      }
      const details = question.querySelector('details');
      if (details) details.open = false;
      const feedback = question.querySelector<HTMLElement>('[data-feedback]');
      if (feedback) feedback.textContent = '';
    }
    applyFilters();
  }

  function applyFilters() {
    const form = root.querySelector<HTMLFormElement>('[data-practice-filters]');
    if (form) {
      const topic = form.querySelector<HTMLSelectElement>('[name="topic"]')?.value ?? '';
      const service = form.querySelector<HTMLSelectElement>('[name="service"]')?.value ?? '';
      const missedOnly = form.querySelector<HTMLInputElement>('[name="missed"]')?.checked ?? false;
      for (const question of questions) {
        const matchesTopic = !topic || question.dataset.topic === topic;
        const matchesService = !service || question.dataset.service === service || question.dataset.service === 'both';
        const missed = progress[question.id]?.correct === false;
        question.hidden = !(matchesTopic && matchesService && (!missedOnly || missed));
      }
      for (const group of root.querySelectorAll<HTMLElement>('[data-topic-group]')) {
        group.hidden = !group.querySelector('[data-question]:not([hidden])');
      }
      const empty = root.querySelector<HTMLElement>('[data-no-questions]');
      if (empty) empty.hidden = visibleIds().length > 0;
    }
    renderScore();
  }

  for (const question of questions) {
    const saved = progress[question.id];
    if (saved) showResult(question, saved.correct, false);
    question.querySelector('[data-check]')?.addEventListener('click', () => check(question), { signal });
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
  for (const button of root.querySelectorAll('[data-reset]')) button.addEventListener('click', reset, { signal });
  root.querySelector('[data-practice-filters]')?.addEventListener('change', applyFilters, { signal });
  applyFilters();
  // Lets readers' tools and the browser tests know the questions are interactive now.
  for (const container of root.querySelectorAll<HTMLElement>('[data-quiz]')) container.dataset.enhanced = 'true';
  return () => controller.abort();
}
