import { basePath } from '@/lib/site';

/**
 * A moved page in a static export: forwards at once and keeps the #fragment (script), with a meta
 * refresh and a plain link for readers without JavaScript.
 */
export function RedirectPage({ to }: { to: string }) {
  const target = `${basePath}${to}`;
  return (
    <main id="main-content" className="mx-auto max-w-2xl px-4 py-20">
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <script dangerouslySetInnerHTML={{ __html: `location.replace(${JSON.stringify(target)}+location.hash)` }} />
      <h1 className="text-2xl font-bold">This page has moved</h1>
      <p className="mt-4">
        It is now at <a href={target}>{target}</a>.
      </p>
    </main>
  );
}
