/**
 * Checks for JSON read back from browser storage, where anything may have been written. They run on every page with a
 * question, so they are a few lines each rather than a schema library whose parse time outweighed the quiz itself.
 * A check returns the value it accepts, or undefined; objects come back holding only the fields the check names.
 */
export type Check<T> = (value: unknown) => T | undefined;

/** The type a check accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const QUESTION_ID = /^q-[a-z0-9-]+$/;

export const flag: Check<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

/** A whole number from `min` to `max`. */
export function count(min: number, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value) => (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : undefined);
}

export function text(pattern: RegExp): Check<string> {
  return (value) => (typeof value === 'string' && pattern.test(value) ? value : undefined);
}

export function oneOf<T extends string>(...allowed: T[]): Check<T> {
  return (value) => allowed.find((candidate) => candidate === value);
}

/** A list of `min` to `max` items, every one of them accepted. */
export function list<T>(item: Check<T>, min: number, max: number): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return undefined;
    const items: T[] = [];
    for (const entry of value) {
      const checked = item(entry);
      if (checked === undefined) return undefined;
      items.push(checked);
    }
    return items;
  };
}

/** An object used as a map: every key matches `key` (so no `__proto__`) and every value is accepted. */
export function dictionary<T>(key: RegExp, entry: Check<T>): Check<Record<string, T>> {
  return (value) => {
    if (!isObject(value)) return undefined;
    const result: Record<string, T> = {};
    for (const [name, raw] of Object.entries(value)) {
      const checked = entry(raw);
      if (!key.test(name) || checked === undefined) return undefined;
      result[name] = checked;
    }
    return result;
  };
}

/** An object with exactly these fields checked; fields it does not name are dropped. */
export function shape<F extends Record<string, Check<unknown>>>(fields: F): Check<{ [K in keyof F]: Checked<F[K]> }> {
  return (value) => {
    if (!isObject(value)) return undefined;
    const result: Record<string, unknown> = {};
    for (const [name, check] of Object.entries(fields)) {
      const checked = check(value[name]);
      if (checked === undefined) return undefined;
      result[name] = checked;
    }
    return result as { [K in keyof F]: Checked<F[K]> };
  };
}
