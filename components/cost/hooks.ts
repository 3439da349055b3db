// The attributes the cost what-if's markup, styles and browser tests share, written once.

export const COST = {
  /** The what-if's root on the page. */
  root: 'data-cost-calculator',
  /** The note shown until the calculator has loaded (and, without JavaScript, for good). */
  fallback: 'data-cost-fallback',
  sourcedPrices: 'data-sourced-prices',
  /** On a sourced-price row: the figure's key. */
  price: 'data-price',
  assumptions: 'data-cost-assumptions',
  form: 'data-cost-form',
  fillExample: 'data-fill-example',
  /** On a radio group: its name. */
  choice: 'data-choice',
  /** On a field and its error: the field's URL key. */
  field: 'data-field',
  error: 'data-error',
  results: 'data-cost-results',
  summary: 'data-cost-summary',
  /** On a result row: the option, and whether it is priced, unavailable or waiting for input. */
  option: 'data-cost-option',
  status: 'data-status',
  compute: 'data-compute',
  controlPlane: 'data-control-plane',
  total: 'data-total',
  message: 'data-message',
  /** On a workings list: the option it explains. */
  workings: 'data-workings',
} as const;
