import { describe, expect, it } from 'vitest';
import { decisionTable } from '@/lib/decision/table';
import { ORCHESTRATOR_REASONS, SERVERS_FALLBACK } from '@/lib/decision/rules';

const row = (key: string) => decisionTable().find((entry) => entry.key === key);

describe('the decision table, row by row', () => {
  it('starts each orchestrator from its answers, with the preference order spelled out', () => {
    expect(row('start-ecs-no')).toEqual({
      key: 'start-ecs-no',
      when: ['Nobody needs Kubernetes', 'You want no servers to manage'],
      then: 'Starts with ECS on Fargate, then ECS Managed Instances, then ECS on EC2: the first one no rule below rules out',
      why: ORCHESTRATOR_REASONS.ecs,
      unconfirmed: false,
    });
    expect(row('start-eks-yes')?.when).toEqual(['You run Kubernetes or need its ecosystem', 'You want control of the servers']);
    expect(row('start-eks-yes')?.why).toBe(ORCHESTRATOR_REASONS.eks);
  });

  it('words each kind of rule for a reader, listing two options with "and"', () => {
    expect(row('windows-demotes-auto-mode')?.then).toBe('Prefers any other option to EKS with Auto Mode');
    expect(row('windows-note-node-groups')?.then).toBe('Adds a note to EKS managed node groups');
    expect(row('spot-adds-ec2-spot')?.then).toBe('Adds Spot Instances to ECS on EC2 and ECS Managed Instances');
    expect(row('windows-without-servers-splits')?.then).toBe(
      'Sends that part of the work to ECS on Fargate (unless a rule rules it out) and decides the rest as if: Linux containers only',
    );
    expect(row('windows-without-servers-splits')?.when).toEqual([
      'You run Kubernetes or need its ecosystem',
      'You want no servers to manage',
      'You need Windows containers',
    ]);
  });

  it('ends with the fallback when no option without servers is left', () => {
    const rows = decisionTable();
    expect(rows.at(-1)).toEqual({
      key: 'servers-fallback',
      when: ['You want no servers to manage', 'every option without servers to manage is ruled out'],
      then: 'Recommends the option that is left and says it needs you to look after instances',
      why: SERVERS_FALLBACK,
      unconfirmed: false,
    });
  });
});
