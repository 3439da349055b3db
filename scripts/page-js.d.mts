export function firstLoadJs(
  outDir: string,
  htmlFile: string,
  basePath?: string,
): { scripts: { src: string; raw: number; gzip: number }[]; gzip: number; raw: number };
