import { isValidElement, type ReactNode } from 'react';

/** Plain text of a React node tree (for accessible names built from rendered children). */
export function textOf(node: ReactNode): string {
  // Stryker disable next-line LogicalOperator: null, undefined and booleans reach the final return of '' all the same
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}
