import type { ComponentProps } from 'react';
import { AnchorLink } from '@/components/ui/anchor-link';
import { textOf } from '@/lib/react-text';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

interface HeadingProps extends ComponentProps<'h2'> {
  as: HeadingTag;
}

/** A content heading with its id and a copy-link control (visible on hover and keyboard focus). */
export function Heading({ as: Tag, id, children, ...props }: HeadingProps) {
  if (!id) return <Tag {...props}>{children}</Tag>;
  return (
    <Tag id={id} className="heading" {...props}>
      {children}
      <AnchorLink anchor={id} label={`Copy link to section: ${textOf(children)}`} />
    </Tag>
  );
}
