import Link from 'next/link';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteMenu } from '@/components/layout/site-menu';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <SiteMenu />
      <main id="main-content" className="mx-auto w-full max-w-2xl px-4 py-20 text-center">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4 text-fd-muted-foreground">
          This page does not exist, or it moved. Try the search (press <kbd>/</kbd>), or start again from one of these:
        </p>
        <ul className="mt-6 flex flex-wrap justify-center gap-4">
          <li>
            <Link href="/" className="underline">
              Home
            </Link>
          </li>
          <li>
            <Link href="/docs/" className="underline">
              ECS vs EKS at a glance
            </Link>
          </li>
          <li>
            <Link href="/docs/exam-tips/" className="underline">
              Exam tips and traps
            </Link>
          </li>
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
