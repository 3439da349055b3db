import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataLinks } from '../support/links';
import { linkTargetPages } from '../support/content-pages';
import { OPTIONS, ORCHESTRATOR_REASONS, RULES, SERVERS_FALLBACK } from '@/lib/decision/rules';
import { allAnswerSets, evaluate } from '@/lib/decision/engine';
import { decisionTable } from '@/lib/decision/table';
import { DECISION_ANCHOR } from '@/lib/decision/url';
import { COST_ANCHOR } from '@/lib/cost/inputs';
import { WORKED_EXAMPLE, WORKED_EXAMPLE_TOTALS } from '@/lib/cost/example';
import type { Reason } from '@/lib/decision/types';

const pages = linkTargetPages();
const broken = (reasons: readonly Reason[]) => validateDataLinks(reasons.map((reason) => ({ label: reason.text, href: reason.href })), pages);

describe('decision guide links', () => {
  it('every reason in the rules data links to a section that exists', async () => {
    const reasons: Reason[] = [
      ...Object.values(OPTIONS).map((option) => option.why),
      ...Object.values(ORCHESTRATOR_REASONS),
      SERVERS_FALLBACK,
      ...RULES.map((rule) => rule.reason),
    ];
    for (const reason of reasons) expect(reason.href, reason.text).toMatch(/^\/docs\/.*#[a-z0-9-]+$/);
    expect(await broken(reasons)).toEqual([]);
  });

  it('every reason the guide can show on any path, and every row of the table, links to a section that exists', async () => {
    const shown = allAnswerSets().flatMap((answers) => {
      const verdict = evaluate(answers);
      return [
        ...verdict.reasons,
        ...verdict.combined.flatMap((part) => [part.reason, OPTIONS[part.option].why]),
        ...verdict.notes.map((note) => note.reason),
        ...verdict.alsoFits.map((option) => OPTIONS[option].why),
        ...verdict.ruledOut.flatMap((entry) => entry.reasons),
      ];
    });
    expect(await broken([...new Map(shown.map((reason) => [reason.href, reason])).values()])).toEqual([]);
    expect(await broken(decisionTable().map((row) => row.why))).toEqual([]);
  });
});

describe('the pages that hold the tools', () => {
  const choosing = pages.find((page) => page.url === '/docs/choosing/')!;
  const pricing = pages.find((page) => page.url === '/docs/pricing/')!;

  it('put the decision guide on /docs/choosing/ in its own section, and the cost what-if on /docs/pricing/', () => {
    expect(choosing.content).toMatch(/^<DecisionGuide \/>$/m);
    expect(choosing.anchors.has(DECISION_ANCHOR)).toBe(true);
    expect(pricing.content).toMatch(/^<CostCalculator \/>$/m);
    expect(pricing.anchors.has(COST_ANCHOR)).toBe(true);
    expect(pricing.anchors.has('cost-worked-example')).toBe(true);
    // Each tool appears on its own page only.
    for (const page of pages) {
      if (page !== choosing) expect(page.content, page.file).not.toContain('<DecisionGuide');
      if (page !== pricing) expect(page.content, page.file).not.toContain('<CostCalculator');
    }
  });

  it('keep the existing comparison table and prose on the choosing page', () => {
    expect(choosing.anchors.has('ecs-or-eks')).toBe(true);
    expect(choosing.content.indexOf('<ComparisonTable id="ecs-or-eks"')).toBeLessThan(choosing.content.indexOf('<DecisionGuide />'));
    expect(choosing.content.indexOf('<DecisionGuide />')).toBeLessThan(choosing.content.indexOf('## When ECS is the better fit'));
  });

  it('document the worked example with the same inputs and totals the calculator and its tests use', () => {
    const section = pricing.content.slice(pricing.content.indexOf('### Worked example'), pricing.content.indexOf('## ECR storage'));
    expect(section).toContain(`${WORKED_EXAMPLE.tasks} tasks`);
    expect(section).toContain(`$${WORKED_EXAMPLE.fargateVcpuPrice} per vCPU-hour`);
    expect(section).toContain(`$${WORKED_EXAMPLE.fargateGbPrice} per GB-hour`);
    expect(section).toContain(`${WORKED_EXAMPLE.hours} hours`);
    expect(section).toContain(`${WORKED_EXAMPLE.tasksPerInstance} tasks per instance`);
    expect(section).toContain('$0.10 per instance-hour');
    const totals = Object.values(WORKED_EXAMPLE_TOTALS).flatMap((group) => Object.values(group));
    for (const total of totals) expect(section).toContain(`**${total}**`);
    expect(section).toMatch(/made-up/);
  });

  it('never use Tailwind classes in the content', () => {
    for (const file of ['content/docs/choosing.mdx', 'content/docs/pricing.mdx']) expect(readFileSync(file, 'utf8')).not.toMatch(/className=/);
  });
});
