import { useEffect, useRef } from 'react';
import { hook } from '@/lib/dom-hooks';
import { MOCK_EXAM } from './hooks';

interface FinishDialogProps {
  open: boolean;
  total: number;
  answered: number;
  flagged: number;
  onKeepGoing: () => void;
  onFinish: () => void;
}

/**
 * "Finish now?" as a modal dialog: the browser keeps focus inside it, Escape means "keep going", and focus returns to
 * the button that opened it. "Keep going" comes first, so Enter never ends an exam by accident.
 */
export function FinishDialog({ open, total, answered, flagged, onKeepGoing, onFinish }: FinishDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const unanswered = total - answered;
  return (
    <dialog ref={dialog} className="exam-confirm" aria-labelledby="exam-confirm-title" onClose={onKeepGoing} {...hook(MOCK_EXAM.confirm)}>
      <h2 id="exam-confirm-title">Finish the exam now?</h2>
      <p>
        You have answered {answered} of {total} questions.
        {unanswered > 0 ? ` ${unanswered} unanswered ${unanswered === 1 ? 'question counts' : 'questions count'} as wrong.` : ''}
        {flagged > 0 ? ` ${flagged} ${flagged === 1 ? 'question is' : 'questions are'} flagged for review.` : ''} The clock keeps running
        while you decide.
      </p>
      <div className="exam-buttons">
        <button type="button" className="action-button secondary" {...hook(MOCK_EXAM.keepGoing)} onClick={onKeepGoing}>
          Keep going
        </button>
        <button type="button" className="action-button" {...hook(MOCK_EXAM.confirmFinish)} onClick={onFinish}>
          Finish and see my score
        </button>
      </div>
    </dialog>
  );
}
