import type { BlockContent, Blockquote, Emphasis, RootContent, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Strong, Text } from 'mdast';

// Small mdast builders, so the Markdown transforms read as the document they produce.

export function text(value: string): Text {
  return { type: 'text', value };
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

export function emphasis(...children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: Heading['depth'], ...children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

export function blockquoteOf(...children: RootContent[]): Blockquote {
  return { type: 'blockquote', children: children as Blockquote['children'] };
}

export function link(url: string, ...children: PhrasingContent[]): Link {
  return { type: 'link', url, children: children.length > 0 ? children : [text(url)] };
}

export function list(items: (BlockContent | BlockContent[])[], ordered = false): List {
  const children: ListItem[] = items.map((item) => ({ type: 'listItem', spread: false, children: Array.isArray(item) ? item : [item] }));
  return { type: 'list', ordered, spread: false, children };
}

/** Plain text where `backticks` mark code (the question data's convention), as phrasing content. */
export function inlineText(value: string): PhrasingContent[] {
  return value
    .split(/`([^`]+)`/)
    .flatMap((part, index): PhrasingContent[] => {
      if (index % 2 === 1) return [{ type: 'inlineCode', value: part }];
      return part === '' ? [] : [text(part)];
    });
}
