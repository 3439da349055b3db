import { ASSUMPTIONS } from '@/lib/cost/assumptions';

/** What the calculator assumes and leaves out, in plain words; shown with or without JavaScript. */
export function CostAssumptions() {
  return (
    <div className="cost-assumptions" data-cost-assumptions="">
      <p className="cost-assumptions-title" id="cost-assumptions-title">
        What the calculator assumes
      </p>
      <ul aria-labelledby="cost-assumptions-title">
        {ASSUMPTIONS.map((assumption) => (
          <li key={assumption}>{assumption}</li>
        ))}
      </ul>
    </div>
  );
}
