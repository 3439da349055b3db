import { DecisionLoader } from './decision-loader';
import { DecisionTable } from './decision-table';

/**
 * The decision guide on /docs/choosing/. Server-rendered: the full decision table, which is all a reader
 * without JavaScript needs. The step-by-step guide is loaded after hydration by the small client loader.
 */
export function DecisionGuide() {
  return (
    <div className="decision-guide" data-decision-guide="">
      <DecisionLoader />
      <DecisionTable />
    </div>
  );
}
