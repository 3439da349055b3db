export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
  headers?: Record<string, string>;
  compress?: boolean;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
