// Small pieces of Markdown syntax shared by the components' Markdown forms.

function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(?<!\\)\|/g, '\\|')
    .trim();
}

/** A GFM table, unpadded: padding every cell to the widest one bloats long tables for no reader's benefit. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, header.map(() => '-'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** `[text](url)`, or `<url>` when the link shows the URL itself. */
export function markdownLink(url: string, text?: string): string {
  return text ? `[${text}](${url})` : `<${url}>`;
}

/** Blocks one after another, each on its own with a blank line before and after, whatever precedes them. */
export function blocks(...parts: (string | false | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => `\n${part.trim()}\n\n`)
    .join('');
}

/**
 * The first of `components` that a rendered Markdown form still shows as JSX: a component that never opted into
 * its Markdown form comes out as its own tag.
 */
export function unwrittenComponent(markdown: string, components: readonly string[]): string | undefined {
  return components.find((name) => new RegExp(`<${name}[\\s/>]`).test(markdown));
}
