import { describe, expect, it } from 'vitest';
import { blocks, markdownLink, markdownTable, unwrittenComponent } from '@/lib/markdown';

describe('Markdown tables', () => {
  it('write a header, a separator per column and the rows, unpadded', () => {
    expect(
      markdownTable(
        ['Aspect', 'Fargate'],
        [
          ['Servers', 'None'],
          ['Storage', 'EFS'],
        ],
      ),
    ).toBe('| Aspect | Fargate |\n| - | - |\n| Servers | None |\n| Storage | EFS |');
  });

  it('keep each cell on one line, trimmed, and escape a pipe that is not escaped yet', () => {
    expect(markdownTable(['A'], [['two\nlines'], ['  spaced \n   out  '], ['a|b'], ['a\\|b'], ['x|y|z']])).toBe(
      ['| A |', '| - |', '| two lines |', '| spaced out |', '| a\\|b |', '| a\\|b |', '| x\\|y\\|z |'].join('\n'),
    );
  });

  it('write a table with no rows as its header alone', () => {
    expect(markdownTable(['Only'], [])).toBe('| Only |\n| - |');
  });
});

describe('Markdown links', () => {
  it('show the text when there is one, or the URL itself in angle brackets', () => {
    expect(markdownLink('https://guide.example/docs/', 'The guide')).toBe('[The guide](https://guide.example/docs/)');
    expect(markdownLink('https://guide.example/docs/')).toBe('<https://guide.example/docs/>');
    expect(markdownLink('https://guide.example/docs/', '')).toBe('<https://guide.example/docs/>');
  });
});

describe('Markdown blocks', () => {
  it('stand each on its own between blank lines, trimmed, leaving out empty and missing parts', () => {
    expect(blocks('  **Caption**  ', false, null, undefined, '', ' \n ', '| A |\n| - |')).toBe('\n**Caption**\n\n\n| A |\n| - |\n\n');
    expect(blocks(false, '   ')).toBe('');
  });
});

describe('components a Markdown form still shows as JSX', () => {
  it('are found by their tag, open, self-closing or with attributes, but not by a longer name', () => {
    expect(unwrittenComponent('text <Note>x</Note>', ['Note'])).toBe('Note');
    expect(unwrittenComponent('text <Note/>', ['Note'])).toBe('Note');
    expect(unwrittenComponent('text <Note\n  id="x">', ['Note'])).toBe('Note');
    expect(unwrittenComponent('text <Notebook> and Note', ['Note'])).toBeUndefined();
    expect(unwrittenComponent('<Cite /> then <Note>', ['Note', 'Cite'])).toBe('Note');
  });
});
