import { loader } from 'fumadocs-core/source';
import { docs } from 'collections/server';
import { docsRoute } from './site';

/** Page URLs from the loader have no trailing slash; render them through canonicalPath() (lib/site.ts). */
export const source = loader({
  baseUrl: docsRoute,
  source: docs.toFumadocsSource(),
});

export type DocsPage = NonNullable<ReturnType<typeof source.getPage>>;
