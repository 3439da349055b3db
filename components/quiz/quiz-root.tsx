'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { afterIdle } from '@/components/ui/after-idle';
import { QUIZ } from './hooks';

interface QuizRootProps {
  as: 'section' | 'div';
  className: string;
  'aria-labelledby'?: string;
  children: ReactNode;
}

/**
 * The root of a set of questions. Once the page is interactive and the browser idle, it loads the quiz script for the
 * questions inside it (never part of the page's first-load JavaScript); until then they work as plain HTML.
 */
export function QuizRoot({ as: Tag, children, ...props }: QuizRootProps) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    let cancelled = false;
    const cancelWait = afterIdle(() => {
      void import('./enhance').then(({ enhanceQuiz }) => {
        if (!cancelled && root.current) cleanup = enhanceQuiz(root.current);
      });
    });
    return () => {
      cancelled = true;
      cancelWait();
      cleanup?.();
    };
  }, []);
  return (
    <Tag
      ref={(element: HTMLElement | null) => {
        root.current = element;
      }}
      {...props}
      {...{ [QUIZ.root]: '' }}
    >
      {children}
    </Tag>
  );
}
