import { asMarkdown } from 'fumadocs-core/server';
import { ASSUMPTIONS } from '@/lib/cost/assumptions';
import { hook } from '@/lib/dom-hooks';
import { blocks } from '@/lib/markdown';
import { COST } from './hooks';

const TITLE = 'What the calculator assumes';

/** What the calculator assumes and leaves out, in plain words; shown with or without JavaScript. */
export function CostAssumptions() {
  if (asMarkdown()) return blocks(`**${TITLE}**`, ASSUMPTIONS.map((assumption) => `- ${assumption}`).join('\n'));
  return (
    <div className="cost-assumptions" {...hook(COST.assumptions)}>
      <p className="cost-assumptions-title" id="cost-assumptions-title">
        {TITLE}
      </p>
      <ul aria-labelledby="cost-assumptions-title">
        {ASSUMPTIONS.map((assumption) => (
          <li key={assumption}>{assumption}</li>
        ))}
      </ul>
    </div>
  );
}
