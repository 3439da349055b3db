import { describe, expect, it } from 'vitest';
import { allAnswerSets, evaluate, isComplete, type CompleteAnswers } from '@/lib/decision/engine';
import { RULES, SERVERS_FALLBACK } from '@/lib/decision/rules';
import { answersBefore, answersFromSearch } from '@/lib/decision/url';

const BASE: CompleteAnswers = { k8s: 'no', servers: 'no', gpu: 'no', windows: 'no', daemon: 'no', onprem: 'no', spot: 'no' };
const reasonOf = (id: (typeof RULES)[number]['id']) => RULES.find((rule) => rule.id === id)!.reason;

describe('a complete set of answers', () => {
  it('is complete only once every question is answered', () => {
    expect(isComplete(BASE)).toBe(true);
    expect(isComplete({})).toBe(false);
    const { spot: _spot, ...withoutLast } = BASE;
    expect(isComplete(withoutLast)).toBe(false);
  });
});

describe('the recommended option', () => {
  it('skips an option only unconfirmed evidence speaks against, when a confirmed one is open', () => {
    // Windows with GPUs on EKS: no split to ECS on Fargate (GPUs rule it out), so the doubt about Auto Mode decides.
    const verdict = evaluate({ ...BASE, k8s: 'yes', windows: 'yes', gpu: 'yes' });
    expect(verdict.primary).toBe('eks-managed-node-groups');
    expect(verdict.combined).toEqual([]);
    const autoMode = verdict.ruledOut.find((entry) => entry.option === 'eks-auto-mode');
    expect(autoMode).toEqual({ option: 'eks-auto-mode', reasons: [reasonOf('windows-demotes-auto-mode')], unconfirmed: true });
  });
});

describe('the fallback reason', () => {
  it('is given when no servers were wanted but only an option with hosts to look after is left', () => {
    expect(evaluate({ ...BASE, windows: 'yes', daemon: 'yes' }).reasons).toContain(SERVERS_FALLBACK);
  });

  it('is not given when the option takes the hosts off your hands, or when servers were wanted', () => {
    for (const answers of [BASE, { ...BASE, gpu: 'yes' as const }, { ...BASE, k8s: 'yes' as const }]) {
      expect(evaluate(answers).reasons, JSON.stringify(answers)).toHaveLength(2);
    }
    const ec2ByChoice = evaluate({ ...BASE, servers: 'yes' });
    expect(ec2ByChoice.primary).toBe('ecs-ec2');
    expect(ec2ByChoice.reasons).not.toContain(SERVERS_FALLBACK);
  });

  it('is given on exactly the paths where no servers were wanted and you host the recommended option', () => {
    for (const answers of allAnswerSets()) {
      const verdict = evaluate(answers);
      const youHost = ['ecs-ec2', 'eks-managed-node-groups'].includes(verdict.primary);
      expect(verdict.reasons.includes(SERVERS_FALLBACK), JSON.stringify(answers)).toBe(answers.servers === 'no' && youHost);
    }
  });
});

describe('notes', () => {
  it('are absent when no note rule matches the answers, even when other rules do', () => {
    expect(evaluate(BASE).notes).toEqual([]);
    // A Spot rule matches and names the recommended option, but it adds an option rather than a note.
    expect(evaluate({ ...BASE, spot: 'yes' }).notes).toEqual([]);
    // The Windows note about node groups needs Windows.
    expect(evaluate({ ...BASE, k8s: 'yes', servers: 'yes' }).notes).toEqual([]);
  });

  it('carry whether their source is confirmed', () => {
    const verdict = evaluate({ ...BASE, k8s: 'yes', servers: 'yes', windows: 'yes', gpu: 'yes' });
    expect(verdict.notes).toEqual([
      { reason: reasonOf('windows-note-node-groups'), unconfirmed: false },
      { reason: reasonOf('windows-gpu-note'), unconfirmed: true },
    ]);
  });

  it('only concern what the guide recommends', () => {
    for (const answers of allAnswerSets()) {
      const verdict = evaluate(answers);
      const recommended = new Set([verdict.primary, ...verdict.combined.map((part) => part.option)]);
      for (const note of verdict.notes) {
        const rule = RULES.find((candidate) => candidate.reason === note.reason)!;
        expect(rule.effect).toBe('note');
        expect(
          rule.options.some((option) => recommended.has(option)),
          rule.id,
        ).toBe(true);
      }
    }
  });
});

describe('options ruled out', () => {
  it('list Spot options only when Spot was asked for', () => {
    // Kubernetes rules out Fargate Spot, but without a Spot question it is not worth a line.
    const withoutSpot = evaluate({ ...BASE, k8s: 'yes', gpu: 'yes' });
    expect(withoutSpot.ruledOut.map((entry) => entry.option)).not.toContain('fargate-spot');
    const withSpot = evaluate({ ...BASE, k8s: 'yes', gpu: 'yes', spot: 'yes' });
    expect(withSpot.ruledOut.find((entry) => entry.option === 'fargate-spot')).toMatchObject({ unconfirmed: false });
  });
});

describe('answers from a shared link', () => {
  it('are read up to the longest query string we accept, and not beyond it', () => {
    const upTo = (length: number) => {
      const search = '?k8s=yes&pad=';
      return search + 'x'.repeat(length - search.length);
    };
    expect(answersFromSearch(upTo(2000))).toEqual({ k8s: 'yes' });
    expect(answersFromSearch(upTo(2001))).toEqual({});
  });

  it('are empty, not an error, when the query is not text at all', () => {
    for (const value of [null, undefined, 42, { length: 3 }]) expect(answersFromSearch(value as unknown as string)).toEqual({});
  });

  it('"change this answer" keeps no key for a question that was skipped', () => {
    const kept = answersBefore({ k8s: 'yes', gpu: 'yes' }, 'windows');
    expect(Object.keys(kept)).toEqual(['k8s', 'gpu']);
    expect(answersBefore({ k8s: 'yes' }, 'k8s')).toStrictEqual({});
  });
});
