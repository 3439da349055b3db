import type { BaseLayoutProps } from 'fumadocs-ui/layouts/shared';
import { siteName } from './site';

export function baseOptions(): BaseLayoutProps {
  return {
    nav: {
      title: (
        <>
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 32 32">
            <rect x="3" y="9" width="12" height="12" rx="2" fill="currentColor" opacity="0.55" />
            <rect x="17" y="9" width="12" height="12" rx="2" fill="currentColor" />
          </svg>
          <span className="font-semibold">{siteName}</span>
        </>
      ),
    },
    links: [
      { text: 'Guide', url: '/docs/' },
      { text: 'Exam tips', url: '/docs/exam-tips/' },
    ],
  };
}
