export const FIRST_LOAD_JS_BUDGET: number;
export function firstLoadJsProblems(
  page: string,
  measured: { scripts: { src: string; raw: number; gzip: number }[]; gzip: number },
  budget: number,
): string[];
