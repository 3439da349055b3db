import type { Ref } from 'react';
import { hook } from '@/lib/dom-hooks';
import { MOCK_EXAM } from './hooks';

interface FinishDialogProps {
  /** The runner opens the dialog with `showModal()`; the browser alone knows whether it is open. */
  ref: Ref<HTMLDialogElement>;
  total: number;
  answered: number;
  flagged: number;
  onFinish: () => void;
}

/**
 * "Finish now?" as a modal dialog: the browser keeps focus inside it, Escape means "keep going", and focus returns to
 * the button that opened it. "Keep going" comes first, so Enter never ends an exam by accident. Open state is not
 * mirrored in React: a copy could lag behind an Escape and leave the next "Finish…" press with nothing to open.
 */
export function FinishDialog({ ref, total, answered, flagged, onFinish }: FinishDialogProps) {
  const unanswered = total - answered;
  return (
    <dialog ref={ref} className="exam-confirm" aria-labelledby="exam-confirm-title" {...hook(MOCK_EXAM.confirm)}>
      <h2 id="exam-confirm-title">Finish the exam now?</h2>
      <p>
        You have answered {answered} of {total} questions.
        {unanswered > 0 ? ` ${unanswered} unanswered ${unanswered === 1 ? 'question counts' : 'questions count'} as wrong.` : ''}
        {flagged > 0 ? ` ${flagged} ${flagged === 1 ? 'question is' : 'questions are'} flagged for review.` : ''} The clock keeps running
        while you decide.
      </p>
      <form method="dialog" className="exam-buttons">
        <button type="submit" className="action-button secondary" {...hook(MOCK_EXAM.keepGoing)}>
          Keep going
        </button>
        <button type="button" className="action-button" {...hook(MOCK_EXAM.confirmFinish)} onClick={onFinish}>
          Finish and see my score
        </button>
      </form>
    </dialog>
  );
}
