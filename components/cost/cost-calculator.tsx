import { asMarkdown } from 'fumadocs-core/server';
import { hook } from '@/lib/dom-hooks';
import { blocks } from '@/lib/markdown';
import { CostLoader } from './cost-loader';
import { SourcedPrices } from './sourced-prices';
import { CostAssumptions } from './cost-assumptions';
import { COST } from './hooks';

/**
 * The cost what-if. Server-rendered: the sourced prices with their date, Region and sources, and the assumptions.
 * The calculator itself is loaded after hydration by the small client loader; the Markdown has what is server-rendered.
 */
export function CostCalculator() {
  if (asMarkdown()) {
    return (
      <>
        <SourcedPrices />
        {blocks('The calculator itself needs the web page: it asks you for the Fargate and EC2 rates, which our sources do not quote.')}
        <CostAssumptions />
      </>
    );
  }
  return (
    <div className="cost-calculator" {...hook(COST.root)}>
      <SourcedPrices />
      <CostLoader />
      <CostAssumptions />
    </div>
  );
}
