import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ClipboardScript } from '@/components/ui/clipboard-script';
import { absoluteUrl, feedPath, feedTitle, siteDescription, siteName, siteUrl, basePath } from '@/lib/site';
import { THEME_BOOT_SCRIPT } from '@/lib/theme';
import './global.css';

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl}${basePath}/`),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: siteDescription,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        {/* In the layout, not in metadata: pages set their own `alternates`, which would replace it. */}
        <link rel="alternate" type="application/rss+xml" title={feedTitle} href={absoluteUrl(feedPath)} />
      </head>
      <body>
        <a href="#main-content" className="skip-link">
          Skip to content
        </a>
        {children}
        <ClipboardScript />
      </body>
    </html>
  );
}
