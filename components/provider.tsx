'use client';
import dynamic from 'next/dynamic';
import { RootProvider } from 'fumadocs-ui/provider/next';
import type { ReactNode } from 'react';

// The search dialog, its client and index load only when the reader opens search.
const SearchDialog = dynamic(() => import('./search-dialog'), { ssr: false });

export function Provider({ children }: { children: ReactNode }) {
  return (
    <RootProvider search={{ SearchDialog, preload: false }} theme={{ storageKey: 'field-guide-theme' }}>
      {children}
    </RootProvider>
  );
}
