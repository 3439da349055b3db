import { describe, expect, it } from 'vitest';
import { allAnswerSets, evaluate, isRuledOut, nextQuestion, verdictTitle, type CompleteAnswers, type Verdict } from '@/lib/decision/engine';
import { OPTIONS, PREFERENCE, DECISION_QUESTIONS, RULES, type OptionId } from '@/lib/decision/rules';
import { decisionTable } from '@/lib/decision/table';

const PATHS = allAnswerSets();
const BASE: CompleteAnswers = { k8s: 'no', servers: 'no', gpu: 'no', windows: 'no', daemon: 'no', onprem: 'no', spot: 'no' };

/** The primary option and everything combined with it: what the guide tells the reader to use. */
function recommended(verdict: Verdict): OptionId[] {
  return [verdict.primary, ...verdict.combined.map((part) => part.option)];
}

function pathsWhere(filter: Partial<CompleteAnswers>): CompleteAnswers[] {
  return PATHS.filter((answers) => Object.entries(filter).every(([key, value]) => answers[key as keyof CompleteAnswers] === value));
}

describe('decision guide data', () => {
  it('has seven yes/no questions with unique ids, asked in order', () => {
    expect(DECISION_QUESTIONS.map((question) => question.id)).toEqual(['k8s', 'servers', 'gpu', 'windows', 'daemon', 'onprem', 'spot']);
    for (const question of DECISION_QUESTIONS) expect(question.choices.map((choice) => choice.value).sort()).toEqual(['no', 'yes']);
    expect(nextQuestion({})?.id).toBe('k8s');
    expect(nextQuestion({ k8s: 'yes', servers: 'no' })?.id).toBe('gpu');
    expect(nextQuestion(BASE)).toBeNull();
  });

  it('covers every path (2^7) with a verdict whose primary option is a compute option of the chosen orchestrator', () => {
    expect(PATHS).toHaveLength(128);
    for (const answers of PATHS) {
      const verdict = evaluate(answers);
      expect(OPTIONS[verdict.primary].kind).toBe('compute');
      expect(OPTIONS[verdict.primary].orchestrator).toBe(answers.k8s === 'yes' ? 'eks' : 'ecs');
      expect(isRuledOut(verdict.primary, answers), JSON.stringify(answers)).toBe(false);
      expect(verdict.reasons.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('never recommends something it also lists as ruled out, and never lists an option twice', () => {
    for (const answers of PATHS) {
      const verdict = evaluate(answers);
      const listed = [...recommended(verdict), ...verdict.alsoFits, ...verdict.ruledOut.map((entry) => entry.option)];
      expect(new Set(listed).size, JSON.stringify(answers)).toBe(listed.length);
      for (const entry of verdict.ruledOut) expect(entry.reasons.length).toBeGreaterThan(0);
    }
  });

  it('uses every rule on at least one path, so none is dead data', () => {
    const used = new Set<string>();
    for (const answers of PATHS) {
      const verdict = evaluate(answers);
      const texts = new Set([
        ...verdict.reasons.map((reason) => reason.text),
        ...verdict.combined.map((part) => part.reason.text),
        ...verdict.notes.map((note) => note.reason.text),
        ...verdict.ruledOut.flatMap((entry) => entry.reasons.map((reason) => reason.text)),
      ]);
      for (const rule of RULES) if (texts.has(rule.reason.text)) used.add(rule.id);
    }
    expect(RULES.map((rule) => rule.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('decision guide facts', () => {
  it('GPUs rule out Fargate on ECS and on EKS, and Fargate Spot', () => {
    for (const answers of pathsWhere({ gpu: 'yes' })) {
      const verdict = evaluate(answers);
      expect(recommended(verdict)).not.toContain('ecs-fargate');
      expect(recommended(verdict)).not.toContain('eks-fargate');
      expect(recommended(verdict)).not.toContain('fargate-spot');
      expect(verdict.alsoFits).not.toContain('ecs-fargate');
      expect(verdict.alsoFits).not.toContain('eks-fargate');
      const fargate = answers.k8s === 'yes' ? 'eks-fargate' : 'ecs-fargate';
      expect(verdict.ruledOut.find((entry) => entry.option === fargate)?.reasons[0].href).toBe('/docs/compute-options/#gpu');
    }
    expect(evaluate({ ...BASE, gpu: 'yes' }).primary).toBe('ecs-managed-instances');
    expect(evaluate({ ...BASE, k8s: 'yes', gpu: 'yes' }).primary).toBe('eks-auto-mode');
  });

  it('Windows without servers points to ECS on Fargate, never to EKS on Fargate', () => {
    for (const answers of pathsWhere({ windows: 'yes', servers: 'no', gpu: 'no', daemon: 'no' })) {
      expect(recommended(evaluate(answers)), JSON.stringify(answers)).toContain('ecs-fargate');
    }
    for (const answers of pathsWhere({ windows: 'yes' })) {
      const verdict = evaluate(answers);
      expect(recommended(verdict)).not.toContain('eks-fargate');
      expect(verdict.alsoFits).not.toContain('eks-fargate');
      expect(recommended(verdict)).not.toContain('ecs-managed-instances');
    }
    // A Kubernetes shop keeps EKS for the rest and runs the Windows containers on ECS on Fargate.
    const kubernetes = evaluate({ ...BASE, k8s: 'yes', windows: 'yes' });
    expect(verdictTitle(kubernetes)).toBe('EKS with Auto Mode + ECS on Fargate');
    expect(kubernetes.ruledOut.find((entry) => entry.option === 'eks-fargate')?.unconfirmed).toBe(false);
  });

  it('a per-host agent (daemon) rules out Fargate', () => {
    for (const answers of pathsWhere({ daemon: 'yes' })) {
      const verdict = evaluate(answers);
      for (const fargate of ['ecs-fargate', 'eks-fargate', 'fargate-spot'] as const) {
        expect(recommended(verdict)).not.toContain(fargate);
        expect(verdict.alsoFits).not.toContain(fargate);
      }
    }
    expect(evaluate({ ...BASE, daemon: 'yes' }).primary).toBe('ecs-managed-instances');
    // Windows and a daemon: Managed Instances is Linux-only, so only EC2 is left, and the guide says so.
    const windowsDaemon = evaluate({ ...BASE, daemon: 'yes', windows: 'yes' });
    expect(windowsDaemon.primary).toBe('ecs-ec2');
    expect(windowsDaemon.reasons.map((reason) => reason.href)).toContain('/docs/compute-options/#compute-options-host-management');
  });

  it('Fargate Spot exists only on ECS', () => {
    for (const answers of pathsWhere({ k8s: 'yes' })) expect(recommended(evaluate(answers))).not.toContain('fargate-spot');
    for (const answers of pathsWhere({ k8s: 'yes', spot: 'yes' })) {
      const verdict = evaluate(answers);
      expect(verdict.ruledOut.find((entry) => entry.option === 'fargate-spot')?.reasons.map((reason) => reason.href)).toContain(
        '/docs/compute-options/#fargate-by-orchestrator-fargate-spot',
      );
      expect(recommended(verdict)).toContain('eks-spot');
    }
    expect(verdictTitle(evaluate({ ...BASE, spot: 'yes' }))).toBe('ECS on Fargate + Fargate Spot');
  });

  it('cost first with interruptible work: Fargate Spot on ECS, Spot nodes (node groups or Karpenter) on EKS, Spot Instances on ECS with EC2', () => {
    expect(recommended(evaluate({ ...BASE, spot: 'yes' }))).toEqual(['ecs-fargate', 'fargate-spot']);
    expect(recommended(evaluate({ ...BASE, spot: 'yes', servers: 'yes' }))).toEqual(['ecs-ec2', 'ec2-spot']);
    expect(recommended(evaluate({ ...BASE, spot: 'yes', k8s: 'yes' }))).toEqual(['eks-auto-mode', 'eks-spot']);
    expect(OPTIONS['eks-spot'].why.text).toMatch(/Karpenter/);
    // Windows tasks cannot use Fargate Spot: the guide keeps regular Fargate and says why.
    const windows = evaluate({ ...BASE, spot: 'yes', windows: 'yes' });
    expect(recommended(windows)).toEqual(['ecs-fargate']);
    expect(windows.ruledOut.find((entry) => entry.option === 'fargate-spot')?.reasons[0].text).toMatch(/Windows/);
  });

  it('Kubernetes today or its ecosystem points to EKS, with Auto Mode when no servers are wanted', () => {
    for (const answers of pathsWhere({ k8s: 'yes' })) expect(evaluate(answers).orchestrator).toBe('eks');
    for (const answers of pathsWhere({ k8s: 'no' })) expect(evaluate(answers).orchestrator).toBe('ecs');
    for (const answers of pathsWhere({ k8s: 'yes', servers: 'no', windows: 'no' })) expect(evaluate(answers).primary).toBe('eks-auto-mode');
    for (const answers of pathsWhere({ k8s: 'yes', servers: 'yes' })) expect(evaluate(answers).primary).toBe('eks-managed-node-groups');
    expect(evaluate({ ...BASE, k8s: 'yes' }).alsoFits).toContain('eks-fargate');
  });

  it('no servers and nothing special: ECS on Fargate; control of servers: ECS on EC2', () => {
    expect(verdictTitle(evaluate(BASE))).toBe('ECS on Fargate');
    expect(verdictTitle(evaluate({ ...BASE, servers: 'yes' }))).toBe('ECS on EC2');
  });

  it('on-premises adds ECS Anywhere or EKS Hybrid Nodes', () => {
    for (const answers of pathsWhere({ onprem: 'yes', k8s: 'no' })) expect(recommended(evaluate(answers))).toContain('ecs-anywhere');
    for (const answers of pathsWhere({ onprem: 'yes', k8s: 'yes' })) expect(recommended(evaluate(answers))).toContain('eks-hybrid-nodes');
    for (const answers of pathsWhere({ onprem: 'no' })) {
      expect(recommended(evaluate(answers))).not.toContain('ecs-anywhere');
      expect(recommended(evaluate(answers))).not.toContain('eks-hybrid-nodes');
    }
  });

  it('shows what only unconfirmed sources say as unconfirmed: Windows on EKS node types', () => {
    const verdict = evaluate({ ...BASE, k8s: 'yes', servers: 'yes', windows: 'yes' });
    expect(verdict.primary).toBe('eks-managed-node-groups');
    // Windows AMI types for managed node groups are confirmed by the current EKS API docs, so that note is a plain fact.
    expect(verdict.notes.some((note) => !note.unconfirmed && /Windows Server 2019 and 2022/.test(note.reason.text))).toBe(true);
    const autoMode = verdict.ruledOut.find((entry) => entry.option === 'eks-auto-mode');
    expect(autoMode?.unconfirmed).toBe(true);
    // Unconfirmed evidence moves an option down; it never removes it.
    for (const rule of RULES) if ('unconfirmed' in rule && rule.unconfirmed) expect(rule.effect).not.toBe('rules-out');
  });

  it('prefers options in the documented order', () => {
    expect(PREFERENCE.ecs.no[0]).toBe('ecs-fargate');
    expect(PREFERENCE.eks.no[0]).toBe('eks-auto-mode');
  });
});

describe('decision table (the no-JavaScript version)', () => {
  it('has the four starting points and one row per rule, built from the same data', () => {
    const rows = decisionTable();
    expect(rows.filter((row) => row.key.startsWith('start-'))).toHaveLength(4);
    for (const rule of RULES) expect(rows.find((row) => row.key === rule.id)?.why).toEqual(rule.reason);
    expect(rows.find((row) => row.key === 'gpu-rules-out-fargate')).toMatchObject({
      when: ['You need GPUs'],
      then: 'Rules out ECS on Fargate, EKS on Fargate and Fargate Spot',
    });
    expect(rows.find((row) => row.key === 'start-eks-no')?.then).toMatch(/^Starts with EKS with Auto Mode/);
  });

  it('marks unconfirmed rows', () => {
    const rows = decisionTable();
    expect(rows.find((row) => row.key === 'windows-demotes-auto-mode')?.unconfirmed).toBe(true);
    expect(rows.find((row) => row.key === 'gpu-rules-out-fargate')?.unconfirmed).toBe(false);
  });
});
