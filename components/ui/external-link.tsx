import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export function isExternalHref(href: string | undefined): boolean {
  return typeof href === 'string' && /^https?:\/\//.test(href);
}

/** A link to another site: opens in the same tab, marked as external, and sends no opener. */
export function ExternalLink({ children, className, ...props }: ComponentProps<'a'>) {
  return (
    <a {...props} rel="noopener" className={cn('external-link', className)}>
      {children}
      <span className="sr-only"> (external site)</span>
    </a>
  );
}
