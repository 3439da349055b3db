// @ts-check
// Text of the section a URL lands on, read from the real DOM (pass to page.evaluate):
// the targeted heading and everything after it up to the next heading of the same or a higher
// level. Without a fragment (or when the target is not a heading) it is the page's opening:
// the h1, description and text up to the first h2 — or the targeted element itself.

/**
 * @param {string | null} hash  the URL's fragment, with or without its "#"
 * @returns {string}
 */
export function sectionTextInPage(hash) {
  const article = document.querySelector('article') ?? document.body;
  const id = decodeURIComponent((hash ?? '').replace(/^#/, ''));
  const target = id ? document.getElementById(id) : null;
  const level = (/** @type {Element} */ el) => (/^H[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);
  if (target && !level(target)) return target.textContent ?? '';
  const start = target ?? article.querySelector('h1');
  if (!start) return article.textContent ?? '';
  const stopAt = target ? level(target) : 2;
  let text = start.textContent ?? '';
  for (let node = start.nextElementSibling; node; node = node.nextElementSibling) {
    const nodeLevel = level(node);
    if (nodeLevel && nodeLevel <= stopAt) break;
    text += `\n${node.textContent ?? ''}`;
  }
  return text;
}
