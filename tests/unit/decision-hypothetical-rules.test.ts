import { describe, expect, it, vi } from 'vitest';
import { evaluate, type CompleteAnswers } from '@/lib/decision/engine';
import { decisionTable } from '@/lib/decision/table';

/**
 * The engine and the table are driven by the rule data. The guide's current facts never rule out every option or a
 * Spot purchase option, never note an option the verdict leaves out, and have no one-option preference list; these
 * tests give them such data to show what the reader would then see.
 */
vi.mock('@/lib/decision/rules', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/decision/rules')>();
  const reason = (text: string) => ({ text, href: '/docs/compute-options/', see: 'Compute options' });
  return {
    ...actual,
    // The Spot question has lost the phrase for its "yes" choice.
    DECISION_QUESTIONS: actual.DECISION_QUESTIONS.map((question) =>
      question.id === 'spot' ? { ...question, choices: question.choices.filter((choice) => choice.value === 'no') } : question,
    ),
    PREFERENCE: { ...actual.PREFERENCE, ecs: { ...actual.PREFERENCE.ecs, yes: ['ecs-ec2'] } },
    RULES: [
      ...actual.RULES,
      {
        id: 'windows-rules-out-spot-instances',
        when: { windows: 'yes' },
        effect: 'rules-out',
        options: ['ec2-spot', 'eks-spot'],
        reason: reason('No Spot instances for Windows.'),
      },
      {
        id: 'gpu-note-on-fargate',
        when: { gpu: 'yes' },
        effect: 'note',
        options: ['ecs-fargate'],
        reason: reason('A note about Fargate and GPUs.'),
      },
      {
        id: 'gpu-note-on-managed-instances',
        when: { gpu: 'yes' },
        effect: 'note',
        unconfirmed: false,
        options: ['ecs-managed-instances'],
        reason: reason('A confirmed note about GPUs on Managed Instances.'),
      },
      {
        id: 'onprem-rules-out-all-of-ecs',
        when: { onprem: 'yes', k8s: 'no' },
        effect: 'rules-out',
        options: ['ecs-fargate', 'ecs-managed-instances', 'ecs-ec2'],
        reason: reason('Nothing on ECS fits.'),
      },
    ],
  };
});

const BASE: CompleteAnswers = { k8s: 'no', servers: 'no', gpu: 'no', windows: 'no', daemon: 'no', onprem: 'no', spot: 'no' };

describe('with rules the guide does not have today', () => {
  it("explains a ruled-out Spot purchase option of the verdict's orchestrator only", () => {
    const ecs = evaluate({ ...BASE, servers: 'yes', windows: 'yes', spot: 'yes' }).ruledOut.map((entry) => entry.option);
    expect(ecs).toContain('ec2-spot');
    expect(ecs).not.toContain('eks-spot');
    const eks = evaluate({ ...BASE, k8s: 'yes', servers: 'yes', windows: 'yes', spot: 'yes' }).ruledOut.map((entry) => entry.option);
    expect(eks).toContain('eks-spot');
    expect(eks).not.toContain('ec2-spot');
  });

  it('leaves out a note about an option the verdict does not recommend', () => {
    const verdict = evaluate({ ...BASE, gpu: 'yes' });
    expect(verdict.primary).toBe('ecs-managed-instances');
    expect(verdict.notes.map((note) => note.reason.text)).not.toContain('A note about Fargate and GPUs.');
  });

  it('shows a note marked unconfirmed: false as confirmed, in the verdict and in the table', () => {
    const note = evaluate({ ...BASE, gpu: 'yes' }).notes.find((entry) => entry.reason.text.startsWith('A confirmed note'));
    expect(note?.unconfirmed).toBe(false);
    expect(decisionTable().find((row) => row.key === 'gpu-note-on-managed-instances')?.unconfirmed).toBe(false);
  });

  it('still recommends the last option of the preference list when every option is ruled out', () => {
    const verdict = evaluate({ ...BASE, onprem: 'yes' });
    expect(verdict.primary).toBe('ecs-ec2');
    expect(verdict.reasons[1].text).toMatch(/EC2 instances you choose/);
  });

  it('words a one-option starting point as a plain recommendation, and an answer without a phrase as question=value', () => {
    const rows = decisionTable();
    expect(rows.find((row) => row.key === 'start-ecs-yes')?.then).toBe('Recommends ECS on EC2');
    expect(rows.find((row) => row.key === 'spot-adds-fargate-spot')?.when).toEqual(['spot=yes']);
  });
});
