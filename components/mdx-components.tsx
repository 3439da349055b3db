import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Note } from './mdx/note';
import { Heading } from './mdx/heading';
import { CodeBlock } from './mdx/code-block';
import { SmartLink } from './mdx/smart-link';
import { ComparisonTable } from './mdx/comparison-table';
import { Changed } from './mdx/changed';
import { Unconfirmed } from './mdx/unconfirmed';
import { ExamTip, ExamTrap } from './mdx/exam-callout';
import { Diagram } from './mdx/diagram';
import { Cite } from './mdx/cite';
import { AnchorLink } from './ui/anchor-link';
import { TableScroll } from './ui/table-scroll';

/**
 * The one component map for MDX content: authors use these names and never write styling. Each component
 * renders its web form, and its Markdown form when the page is rendered as Markdown. Nothing here adds client
 * JavaScript, and nothing here reads the whole guide (the page tools that do are added by the docs page).
 */
export function getMDXComponents(overrides?: MDXComponents) {
  return {
    a: SmartLink,
    pre: CodeBlock,
    table: TableScroll,
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
    // Written by the build, not by authors: row copy links and numbered citations.
    AnchorLink,
    Cite,
    ...overrides,
  } satisfies MDXComponents;
}

declare global {
  type MDXProvidedComponents = ReturnType<typeof getMDXComponents>;
}
