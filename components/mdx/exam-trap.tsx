import { ExamCallout, type ExamCalloutProps } from './exam-callout';

/** A plausible wrong answer, or a fact older material gets wrong. */
export function ExamTrap(props: ExamCalloutProps) {
  return <ExamCallout kind="trap" {...props} />;
}
