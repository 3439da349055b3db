// Quick syntax check for MDX pages: compiles each file with the same GFM support the site uses.
// Usage: node scripts/check-mdx.mjs content/docs/a.mdx [more.mdx ...]
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { readFile } from 'node:fs/promises';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = await readFile(file, 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  try {
    await compile(body, { remarkPlugins: [remarkGfm] });
    console.log(`ok   ${file}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
