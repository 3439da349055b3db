import { loader } from 'fumadocs-core/source';
import { docs } from 'collections/server';
import { docsRoute, docsUrl } from './site';

export const source = loader({
  baseUrl: docsRoute,
  url: (slugs) => docsUrl(slugs),
  source: docs.toFumadocsSource(),
});

export type DocsPage = NonNullable<ReturnType<typeof source.getPage>>;
