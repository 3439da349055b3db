import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteMenu } from '@/components/layout/site-menu';

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader currentUrl="/" />
      <SiteMenu currentUrl="/" />
      {children}
      <SiteFooter />
    </>
  );
}
