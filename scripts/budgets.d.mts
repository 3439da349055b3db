export const FIRST_LOAD_JS_BUDGET: number;
