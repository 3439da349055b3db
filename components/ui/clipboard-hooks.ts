// The attributes the page-wide clipboard listener acts on, written once for the components that carry them.

/** On an `<a href="#id">`: a click copies the full URL of the anchor. */
export const COPY_LINK = 'data-copy-link';
/** On a button inside a code block: a click copies the block's code. */
export const COPY_CODE = 'data-copy-code';
/** On a button, with the URL of the page's Markdown as its value: a click copies that Markdown. */
export const COPY_MARKDOWN = 'data-copy-markdown';
/** Set for a moment on a control whose copy worked (styled as a tick). */
export const COPIED = 'data-copied';
/** The `data-slot` of a code block: the element a copy-code button copies from. */
export const CODE_BLOCK_SLOT = 'code-block';
/** The live region that announces what was copied. */
export const CLIPBOARD_STATUS_ID = 'clipboard-status';
