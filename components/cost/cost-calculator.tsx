import { CostLoader } from './cost-loader';
import { SourcedPrices } from './sourced-prices';
import { CostAssumptions } from './cost-assumptions';

/**
 * The cost what-if on /docs/pricing/. Server-rendered: the sourced prices with their date, Region and sources,
 * and the assumptions. The calculator itself is loaded after hydration by the small client loader.
 */
export function CostCalculator() {
  return (
    <div className="cost-calculator" data-cost-calculator="">
      <SourcedPrices />
      <CostLoader />
      <CostAssumptions />
    </div>
  );
}
