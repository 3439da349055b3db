export const BASE_PATH: string;
export const BASE_PATH_SITE_URL: string;
export const BASE_PATH_ROOT: string;
export function buildWithBasePath(options?: { typesChecked?: boolean }): Promise<void>;
