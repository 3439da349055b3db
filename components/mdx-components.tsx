import defaultMdxComponents from 'fumadocs-ui/mdx';
import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { Callout } from 'fumadocs-ui/components/callout';
import { Heading } from './mdx/heading';
import { Table } from './mdx/table';
import { ComparisonTable } from './mdx/comparison-table';
import { Changed } from './mdx/changed';
import { Unconfirmed } from './mdx/unconfirmed';
import { ExamTip } from './mdx/exam-tip';
import { ExamTrap } from './mdx/exam-trap';
import { Diagram } from './mdx/diagram';
import { ExamReview } from './mdx/exam-review';
import { AnchorLink } from './ui/anchor-link';

/** The one component map for MDX content. Authors use these names; they never write styling. */
export function getMDXComponents(overrides?: MDXComponents) {
  return {
    ...defaultMdxComponents,
    h2: (props: ComponentProps<'h2'>) => <Heading as="h2" {...props} />,
    h3: (props: ComponentProps<'h3'>) => <Heading as="h3" {...props} />,
    h4: (props: ComponentProps<'h4'>) => <Heading as="h4" {...props} />,
    table: Table,
    Callout,
    ComparisonTable,
    Changed,
    Unconfirmed,
    ExamTip,
    ExamTrap,
    Diagram,
    ExamReview,
    AnchorLink,
    ...overrides,
  } satisfies MDXComponents;
}

declare global {
  type MDXProvidedComponents = ReturnType<typeof getMDXComponents>;
}
