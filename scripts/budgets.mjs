// @ts-check
// Size budgets that `npm test` checks on the built export.
// 1 KB = 1,000 bytes. JS_BUDGET_BYTES in the environment overrides the budget (to prove the check can fail).
export const FIRST_LOAD_JS_BUDGET = Number(process.env.JS_BUDGET_BYTES ?? 200_000);

const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * The budget's verdict on one page's first-load JavaScript (as `firstLoadJs` measures it). A measurement that
 * found no script, or an empty script file, proves nothing and fails: every exported page loads the framework.
 * @param {string} page
 * @param {{ scripts: { src: string, raw: number, gzip: number }[], gzip: number }} measured
 * @param {number} budget
 * @returns {string[]} problems, empty when the page is within the budget
 */
export function firstLoadJsProblems(page, measured, budget) {
  if (measured.scripts.length === 0) return [`${page}: no scripts found in the page, so nothing was measured`];
  const empty = measured.scripts.filter((script) => script.raw === 0).map((script) => script.src);
  if (empty.length > 0) return [`${page}: measured 0 bytes for ${empty.join(', ')}`];
  if (measured.gzip <= budget) return [];
  const largest = [...measured.scripts].sort((a, b) => b.gzip - a.gzip).map((script) => `${kb(script.gzip)} ${script.src}`);
  return [`${page}: ${kb(measured.gzip)} of JavaScript up front, over the ${kb(budget)} budget (${largest.join(', ')})`];
}
