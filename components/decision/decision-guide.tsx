import { asMarkdown } from 'fumadocs-core/server';
import { DECISION_QUESTIONS } from '@/lib/decision/rules';
import { hook } from '@/lib/dom-hooks';
import { blocks } from '@/lib/markdown';
import { DecisionLoader } from './decision-loader';
import { DecisionTable } from './decision-table';
import { DECISION } from './hooks';

/**
 * The decision guide. Server-rendered: the full decision table, which is all a reader without JavaScript needs.
 * The step-by-step guide is loaded after hydration by the small client loader. In Markdown: the table.
 */
export function DecisionGuide() {
  if (asMarkdown()) {
    return (
      <>
        {blocks(`The interactive guide on the web page asks ${DECISION_QUESTIONS.length} questions and applies the rules below in order.`)}
        <DecisionTable />
      </>
    );
  }
  return (
    <div className="decision-guide" {...hook(DECISION.root)}>
      <DecisionLoader />
      <DecisionTable />
    </div>
  );
}
