// Size budgets checked by `npm test` (tests/e2e/size-budget.test.ts) on the built export.
// 1 KB = 1,000 bytes. JS_BUDGET_BYTES in the environment overrides the budget (to prove the check can fail).
export const FIRST_LOAD_JS_BUDGET = Number(process.env.JS_BUDGET_BYTES ?? 200_000);
