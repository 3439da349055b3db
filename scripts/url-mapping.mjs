// The one clean-URL rule for every host (this dev server, nginx, the CloudFront Function).
// The export uses trailing slashes: /docs/x/ is the file docs/x/index.html.

/**
 * @param {string} path  decoded request path, starting with "/"
 * @param {(file: string) => boolean} exists  whether a file exists in the export
 * @returns {{ type: 'file', file: string } | { type: 'redirect', location: string } | { type: 'not-found', file: string }}
 */
export function resolveRequestPath(path, exists) {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (clean.split('/').includes('..')) return { type: 'not-found', file: '/404.html' };
  if (clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return exists(index) ? { type: 'file', file: index } : { type: 'not-found', file: '/404.html' };
  }
  if (exists(clean)) return { type: 'file', file: clean };
  const lastSegment = clean.slice(clean.lastIndexOf('/') + 1);
  // A page URL typed without its trailing slash: send the reader to the canonical URL.
  if (!lastSegment.includes('.') && exists(`${clean}/index.html`)) return { type: 'redirect', location: `${clean}/` };
  return { type: 'not-found', file: '/404.html' };
}
