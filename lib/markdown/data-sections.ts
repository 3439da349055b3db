import type { RootContent, Table, TableRow, PhrasingContent } from 'mdast';
import type { Question } from '../data/questions/types';
import type { TriggerPhrase } from '../data/trigger-phrases';
import type { ReviewPage } from '../exam-review';
import type { DecisionRow } from '../decision/table';
import type { SourcedFigure } from '../data/prices';
import { heading, inlineText, link, list, paragraph, strong, text } from './build';

// Markdown for the parts of a page that come from lib/data rather than from its MDX.

const LETTERS = 'ABCDE';

/** One practice question as the HTML shows it without JavaScript: scenario, options, then the answer. */
export function questionMarkdown(question: Question, title: string, depth: 3 | 4 = 3): RootContent[] {
  const correct = question.options.flatMap((option, index) => (option.correct ? [LETTERS[index]] : []));
  const service = question.service === 'both' ? 'ECS and EKS' : question.service;
  return [
    heading(depth, text(`${title} (${service})`)),
    paragraph(...inlineText(question.scenario)),
    paragraph(text(question.choose === 2 ? 'Choose two answers.' : 'Choose one answer.')),
    list(question.options.map((option, index) => paragraph(strong(text(`${LETTERS[index]}.`)), text(' '), ...inlineText(option.text)))),
    paragraph(strong(text('Answer:')), text(` ${correct.join(' and ')}`)),
    list(
      question.options.map((option, index) =>
        paragraph(strong(text(`${LETTERS[index]}: ${option.correct ? 'Correct.' : 'Wrong.'}`)), text(' '), ...inlineText(option.explanation)),
      ),
    ),
    paragraph(text('Learn it: '), link(question.learnMore), text(' · Source: '), link(question.source)),
  ];
}

/** The "Check yourself" section the layout adds to a topic page. */
export function checkYourselfMarkdown(questions: readonly Question[]): RootContent[] {
  if (questions.length === 0) return [];
  return [
    heading(2, text('Check yourself')),
    paragraph(
      text(`${questions.length} exam-style ${questions.length === 1 ? 'question' : 'questions'} on this page, each with the reason every option is right or wrong.`),
    ),
    ...questions.flatMap((question, index) => questionMarkdown(question, `Question ${index + 1}`)),
  ];
}

/** The Practice page: every question, grouped by topic page in guide order. */
export function practiceMarkdown(topics: readonly { title: string; url: string; questions: readonly Question[] }[]): RootContent[] {
  return topics.flatMap((topic) => [
    heading(2, link(topic.url, text(topic.title))),
    ...topic.questions.flatMap((question, index) => questionMarkdown(question, `Question ${index + 1}`)),
  ]);
}

function cell(...children: PhrasingContent[]) {
  return { type: 'tableCell' as const, children };
}

/** The trigger-phrase table on the exam review page. */
export function triggerPhrasesMarkdown(phrases: readonly TriggerPhrase[]): RootContent[] {
  const header: TableRow = { type: 'tableRow', children: [cell(text('When the question says…')), cell(text('Think of…')), cell(text('Why'))] };
  const rows: TableRow[] = phrases.map((entry) => ({
    type: 'tableRow',
    children: [cell(text(entry.phrase)), cell(text(entry.answer)), cell(link(entry.link, text('Explanation')))],
  }));
  const table: Table = { type: 'table', align: [null, null, null], children: [header, ...rows] };
  return [paragraph(strong(text('Phrases in a question and the answer they point to'))), table];
}

/** Every exam tip and trap in the guide, grouped by page (the generated list on the exam review page). */
export function examReviewMarkdown(groups: readonly ReviewPage[]): RootContent[] {
  const total = groups.reduce((sum, group) => sum + group.callouts.length, 0);
  return [
    paragraph(text(`${total} tips and traps from ${groups.length} pages, collected when the site was built.`)),
    ...groups.flatMap((group) => [
      heading(3, link(group.url, text(group.title))),
      list(
        group.callouts.map((callout) =>
          paragraph(
            strong(text(`${callout.kind === 'tip' ? 'Tip' : 'Trap'}${callout.exam.length > 0 ? ` (${callout.exam.join(', ')})` : ''}:`)),
            text(` ${callout.text} `),
            link(`${group.url}#${callout.id}`, text(callout.section ? `In “${callout.section.title}”` : 'Open')),
          ),
        ),
      ),
    ]),
  ];
}

/** The decision guide as the page shows it without JavaScript: the whole rule table. */
export function decisionTableMarkdown(rows: readonly DecisionRow[]): RootContent[] {
  const header: TableRow = { type: 'tableRow', children: [cell(text('When')), cell(text('The guide')), cell(text('Why'))] };
  const body: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: [
      cell(text(row.when.join('; ') || 'Any answers')),
      cell(text(`${row.then}${row.unconfirmed ? ' (unconfirmed)' : ''}`)),
      cell(text(`${row.why.text} `), link(row.why.href, text(row.why.see))),
    ],
  }));
  const table: Table = { type: 'table', align: [null, null, null], children: [header, ...body] };
  return [
    paragraph(strong(text('Decision table')), text(' (the interactive guide on the web page asks seven questions and applies these rules in order)')),
    table,
  ];
}

/** The cost what-if in Markdown: the sourced prices it uses; the calculator itself needs the web page. */
export function sourcedPricesMarkdown(figures: readonly SourcedFigure[]): RootContent[] {
  const header: TableRow = { type: 'tableRow', children: [cell(text('Figure')), cell(text('Price')), cell(text('Region, checked, source'))] };
  const body: TableRow[] = figures.map((figure) => ({
    type: 'tableRow',
    children: [
      cell(text(figure.label)),
      cell(text(`${figure.approximate ? 'about ' : ''}${figure.unit === 'percent' ? `${figure.value}%` : `$${figure.value.toFixed(2)}${figure.unit === 'USD' ? '' : ` ${figure.unit.replace('USD ', '')}`}`}. ${figure.note}`)),
      cell(text(`${figure.region}; ${figure.checked}; `), link(figure.source)),
    ],
  }));
  const table: Table = { type: 'table', align: [null, null, null], children: [header, ...body] };
  return [
    paragraph(
      strong(text('Prices the cost what-if uses')),
      text(' (Fargate and EC2 rates are not quoted by our sources: the calculator on the web page asks you for them)'),
    ),
    table,
  ];
}
