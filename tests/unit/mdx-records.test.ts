import { describe, expect, it } from 'vitest';
import { componentAnchorsOf, examCalloutsOf, sourceOrderOf } from '@/lib/mdx/records';

const CALLOUT = { id: 'ebs', kind: 'tip', exam: ['SAA'], text: 'Fargate attaches EBS.', section: { id: 'storage', title: 'Storage' } };
const ANCHOR = { id: 'launch-servers', kind: 'row', label: 'Launch types: Servers' };

describe('records a compiled page exports', () => {
  it('are read from the module exports fumadocs-mdx keeps under _exports', () => {
    const data = {
      examCallouts: [],
      anchors: [],
      sourceOrder: ['top-level'],
      _exports: { examCallouts: [CALLOUT], anchors: [ANCHOR], sourceOrder: ['ecs-quotas', 'fargate-pricing'] },
    };
    expect(examCalloutsOf(data)).toEqual([CALLOUT]);
    expect(componentAnchorsOf(data)).toEqual([ANCHOR]);
    expect(sourceOrderOf(data)).toEqual(['ecs-quotas', 'fargate-pricing']);
  });

  it('are read from the data itself when it has no _exports object', () => {
    for (const _exports of [undefined, null, 'not exports', 42]) {
      const data = {
        examCallouts: [CALLOUT],
        anchors: [ANCHOR],
        sourceOrder: ['ecs-quotas'],
        ...(_exports === undefined ? {} : { _exports }),
      };
      expect(examCalloutsOf(data), String(_exports)).toEqual([CALLOUT]);
      expect(componentAnchorsOf(data), String(_exports)).toEqual([ANCHOR]);
      expect(sourceOrderOf(data), String(_exports)).toEqual(['ecs-quotas']);
    }
  });

  it('are empty for a page that exports none', () => {
    expect(examCalloutsOf({})).toEqual([]);
    expect(componentAnchorsOf({ _exports: {} })).toEqual([]);
    expect(sourceOrderOf({ _exports: { other: 1 } })).toEqual([]);
  });

  it('are checked: a malformed record fails instead of reaching a page', () => {
    expect(() => examCalloutsOf({ examCallouts: [{ ...CALLOUT, kind: 'hint' }] })).toThrow();
    expect(() => componentAnchorsOf({ anchors: [{ ...ANCHOR, kind: 'cell' }] })).toThrow();
    expect(() => sourceOrderOf({ sourceOrder: [1] })).toThrow();
    expect(() => sourceOrderOf({ sourceOrder: 'ecs-quotas' })).toThrow();
  });
});
