import Link from 'next/link';
import type { ComponentProps } from 'react';
import { ExternalLink, isExternalHref } from '@/components/ui/external-link';

/** Links in content: other sites are marked external, site pages use client-side navigation. */
export function SmartLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (isExternalHref(href)) return <ExternalLink href={href} {...props} />;
  if (href.startsWith('/')) return <Link href={href} prefetch={false} {...props} />;
  return <a href={href} {...props} />;
}
