import { describe, expect, it } from 'vitest';
import { NUMBER_FIELDS, TEXT_FIELDS, initialState, parseNumber, parseText, searchFromState, stateFromSearch } from '@/lib/cost/inputs';
import { edit } from '../support/cost-state';

const DIGITS_MESSAGE = /^Enter a number using digits and a dot/;

describe('number fields at their limits', () => {
  it('accept the maximum itself and refuse one step above it', () => {
    expect(parseNumber('10000', NUMBER_FIELDS.tasks)).toEqual({ ok: true, value: 10_000 });
    expect(parseNumber('744', NUMBER_FIELDS.hours)).toEqual({ ok: true, value: 744 });
    expect(parseNumber('744.01', NUMBER_FIELDS.hours).ok).toBe(false);
  });

  it('accept numbers of up to 24 characters and refuse longer ones', () => {
    const longest = `0.${'0'.repeat(21)}1`;
    expect(longest).toHaveLength(24);
    expect(parseNumber(longest, NUMBER_FIELDS.hours)).toEqual({ ok: true, value: Number(longest) });
    const tooLong = `0.${'0'.repeat(22)}1`;
    const refused = parseNumber(tooLong, NUMBER_FIELDS.hours);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(DIGITS_MESSAGE);
  });

  it('accept several digits on either side of the dot', () => {
    expect(parseNumber('12.5', NUMBER_FIELDS.hours)).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('.25', NUMBER_FIELDS.vcpu)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumber('100.', NUMBER_FIELDS.hours)).toEqual({ ok: true, value: 100 });
  });

  it('call only a leading minus negative; a minus inside is just not a number', () => {
    const inside = parseNumber('1-2', NUMBER_FIELDS.hours);
    expect(inside.ok).toBe(false);
    if (!inside.ok) expect(inside.message).toMatch(DIGITS_MESSAGE);
  });
});

describe('text labels at their limits', () => {
  it('trim the label and take an empty one as no label', () => {
    expect(parseText('  m7g.large ', TEXT_FIELDS.instanceType)).toEqual({ ok: true, value: 'm7g.large' });
    expect(parseText('', TEXT_FIELDS.instanceType)).toEqual({ ok: true, value: '' });
    expect(parseText('   ', TEXT_FIELDS.region)).toEqual({ ok: true, value: '' });
  });

  it('accept a label of the longest length and refuse a longer one with the field message', () => {
    expect(parseText('a'.repeat(32), TEXT_FIELDS.instanceType)).toEqual({ ok: true, value: 'a'.repeat(32) });
    expect(parseText('a'.repeat(33), TEXT_FIELDS.instanceType)).toEqual({ ok: false, message: TEXT_FIELDS.instanceType.message });
  });
});

describe('a fresh form', () => {
  it('starts with no labels', () => {
    expect(initialState().texts).toEqual({ instanceType: '', region: '' });
  });
});

describe('restoring a shared comparison', () => {
  it('reads a query string of up to 2,000 characters and ignores a longer one entirely', () => {
    const head = '?tasks=5&pad=';
    const longest = head + 'x'.repeat(2000 - head.length);
    expect(longest).toHaveLength(2000);
    expect(stateFromSearch(longest).numbers.tasks).toBe('5');
    expect(stateFromSearch(`${longest}x`)).toEqual(initialState());
  });

  it('never throws when given something other than a string', () => {
    for (const hostile of [undefined, null, 42, {}]) {
      expect(stateFromSearch(hostile as unknown as string)).toEqual(initialState());
    }
  });

  it('keeps the starting value for an empty field and trims the values it takes', () => {
    const state = stateFromSearch('?spot=&clusters=&chours=%20&tasks=%205%20');
    expect(state.numbers.spotDiscount).toBe(initialState().numbers.spotDiscount);
    expect(state.numbers.clusters).toBe('1');
    expect(state.numbers.clusterHours).toBe('730');
    expect(state.numbers.tasks).toBe('5');
  });
});

describe('writing a shared link', () => {
  it('leaves out empty fields and labels, and trims the rest', () => {
    const state = edit(initialState(), { tasks: ' 5 ', spotDiscount: '' });
    const params = new URLSearchParams(searchFromState(state));
    expect(params.get('tasks')).toBe('5');
    for (const key of ['spot', 'fcpu', 'fgb', 'ec2', 'per', 'type', 'region']) expect(params.has(key), key).toBe(false);
  });

  it('leaves out labels that fail their check', () => {
    const state = edit(initialState(), {}, { texts: { instanceType: '<b>', region: 'Frankfurt' } });
    const params = new URLSearchParams(searchFromState(state));
    expect(params.has('type')).toBe(false);
    expect(params.has('region')).toBe(false);
  });
});
