import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader currentUrl="/" />
      {children}
      <SiteFooter />
    </>
  );
}
