import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Note } from './mdx/note';
import { Heading } from './mdx/heading';
import { Table } from './mdx/table';
import { CodeBlock } from './mdx/code-block';
import { SmartLink } from './mdx/smart-link';
import { ComparisonTable } from './mdx/comparison-table';
import { Changed } from './mdx/changed';
import { Unconfirmed } from './mdx/unconfirmed';
import { ExamTip } from './mdx/exam-tip';
import { ExamTrap } from './mdx/exam-trap';
import { Diagram } from './mdx/diagram';
import { AnchorLink } from './ui/anchor-link';
import { Cite } from './mdx/cite';

/**
 * The one component map for MDX content: authors use these names and never write styling.
 * Every entry is a server component; nothing here adds client JavaScript. Components that read the
 * whole guide (ExamReview) are passed in by the docs page, so this map never imports the content loader.
 */
export function getMDXComponents(overrides?: MDXComponents) {
  return {
    a: SmartLink,
    pre: CodeBlock,
    table: Table,
    // Page titles are rendered by the layout; content starts at h2.
    h2: (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />,
    h3: (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />,
    h4: (props: ComponentProps<'h4'>) => <Heading as="h4" {...props} />,
    Note,
    ComparisonTable,
    Changed,
    Unconfirmed,
    ExamTip,
    ExamTrap,
    Diagram,
    AnchorLink,
    Cite,
    ...overrides,
  } satisfies MDXComponents;
}

declare global {
  type MDXProvidedComponents = ReturnType<typeof getMDXComponents>;
}
