import { describe, expect, it } from 'vitest';
import { NUMBER_FIELDS, initialState, parseNumber, parseText, searchFromState, stateFromSearch, TEXT_FIELDS } from '@/lib/cost/inputs';
import { checkInputs, priceComparison } from '@/lib/cost/price';
import { workedExampleState } from '@/lib/cost/example';

describe('cost what-if inputs', () => {
  it('accept plain numbers within range', () => {
    expect(parseNumber('10', NUMBER_FIELDS.tasks)).toEqual({ ok: true, value: 10 });
    expect(parseNumber(' 0.25 ', NUMBER_FIELDS.vcpu)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumber('.5', NUMBER_FIELDS.memory)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('0', NUMBER_FIELDS.hours)).toEqual({ ok: true, value: 0 });
    expect(parseNumber('', NUMBER_FIELDS.fargateVcpuPrice)).toEqual({ ok: true, value: undefined });
  });

  it('reject negative, non-numeric and absurdly large values with a clear message', () => {
    expect(parseNumber('-1', NUMBER_FIELDS.tasks)).toEqual({ ok: false, message: 'Must not be negative.' });
    expect(parseNumber('-0.04', NUMBER_FIELDS.fargateVcpuPrice)).toEqual({ ok: false, message: 'Must not be negative.' });
    for (const text of ['ten', '1e3', '1,000', '0x10', 'NaN', 'Infinity', '1.2.3', '<script>', '12abc']) {
      const result = parseNumber(text, NUMBER_FIELDS.tasks);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Enter (a number using digits and a dot|a whole number)/);
    }
    expect(parseNumber('10001', NUMBER_FIELDS.tasks)).toEqual({
      ok: false,
      message: 'That is more than this what-if allows: enter at most 10,000.',
    });
    expect(parseNumber('745', NUMBER_FIELDS.hours).ok).toBe(false);
    expect(parseNumber('9'.repeat(400), NUMBER_FIELDS.tasks).ok).toBe(false);
    expect(parseNumber('2.5', NUMBER_FIELDS.tasks)).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(parseNumber('0', NUMBER_FIELDS.vcpu)).toEqual({ ok: false, message: 'Must be more than 0.' });
    expect(parseNumber('0', NUMBER_FIELDS.tasks)).toEqual({ ok: false, message: 'Enter 1 or more.' });
    expect(parseNumber('', NUMBER_FIELDS.tasks)).toEqual({ ok: false, message: 'Enter a number here.' });
    expect(parseNumber('101', NUMBER_FIELDS.spotDiscount).ok).toBe(false);
  });

  it('check the optional labels', () => {
    expect(parseText('m7g.large', TEXT_FIELDS.instanceType)).toEqual({ ok: true, value: 'm7g.large' });
    expect(parseText('<b>x</b>', TEXT_FIELDS.instanceType).ok).toBe(false);
    expect(parseText('eu-west-1', TEXT_FIELDS.region)).toEqual({ ok: true, value: 'eu-west-1' });
    expect(parseText('Frankfurt', TEXT_FIELDS.region).ok).toBe(false);
  });

  it('a negative field blocks the results that need it and names the problem', () => {
    const state = workedExampleState();
    const broken = { ...state, numbers: { ...state.numbers, tasks: '-3' } };
    const checked = checkInputs(broken);
    expect(checked.errors.tasks).toBe('Must not be negative.');
    const result = priceComparison(broken, checked);
    expect(result.ready).toBe(false);
    expect(result.options.map((option) => (option.status === 'blocked' ? option.blocker : option.status))).toEqual(
      result.options.map(() => ({ kind: 'needs-input', input: 'workload' })),
    );
  });
});

describe('cost what-if URL state', () => {
  it('round-trips a comparison through the query string', () => {
    const state = {
      ...workedExampleState(),
      orchestrator: 'eks' as const,
      os: 'windows' as const,
      arch: 'arm' as const,
      support: 'extended' as const,
      compare: ['fargate', 'ec2'] as const,
      texts: { instanceType: 'm7g.large', region: 'eu-west-1' },
    };
    const search = searchFromState(state);
    expect(search).toContain('on=eks');
    expect(search).toContain('fcpu=0.05');
    expect(stateFromSearch(search)).toEqual(state);
  });

  it('ignores invalid or hostile values and keeps the initial ones, never throwing', () => {
    const initial = initialState();
    for (const search of [
      '?tasks=-5&vcpu=abc&mem=1e9&hours=99999&on=gke&os=beos&arch=sparc&support=forever&cmp=lambda',
      '?tasks=%3Cimg%20src%3Dx%3E&type=%3Cscript%3E&region=../../etc',
      '?__proto__=1&constructor=2',
      `?tasks=${'9'.repeat(3000)}`,
      '?%E0%A4%A=1',
    ]) {
      const state = stateFromSearch(search);
      expect({ ...state, compare: initial.compare }).toEqual(initial);
    }
    expect(stateFromSearch('?cmp=lambda').compare).toEqual([]);
    expect(stateFromSearch('?cmp=ec2,fargate,ec2').compare).toEqual(['fargate', 'ec2']);
  });

  it('leaves invalid fields out of the link it writes', () => {
    const state = initialState();
    const search = searchFromState({ ...state, numbers: { ...state.numbers, tasks: '-1', vcpu: 'x' } });
    expect(search).not.toMatch(/tasks=|vcpu=/);
  });
});
