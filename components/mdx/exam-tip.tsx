import { ExamCallout, type ExamCalloutProps } from './exam-callout';

/** Advice that helps pick the right answer. */
export function ExamTip(props: ExamCalloutProps) {
  return <ExamCallout kind="tip" {...props} />;
}
