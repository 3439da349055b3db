/** Plain question text where `backticks` mark code. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}

/** Options are lettered as on the exam, A to E. */
export const OPTION_LETTERS = 'ABCDE';

/** An option's letter (the list already numbers it for screen readers) and its text. */
export function OptionText({ index, text }: { index: number; text: string }) {
  return (
    <>
      <span className="option-letter" aria-hidden="true">
        {OPTION_LETTERS[index]}
      </span>
      <span className="option-text">
        <InlineText text={text} />
      </span>
    </>
  );
}
