import { workedExampleState } from '@/lib/cost/example';
import type { CalculatorState, CompareOption, NumberKey, TextKey } from '@/lib/cost/inputs';
import { checkInputs, priceComparison, type OptionPrice, type PricedComparison } from '@/lib/cost/price';

export type PricedOption = Extract<OptionPrice, { status: 'priced' }>;

/** A copy of the state with some fields retyped, as a reader would edit the form. */
export function edit(
  state: CalculatorState,
  numbers: Partial<Record<NumberKey, string>>,
  changes: Partial<Omit<CalculatorState, 'numbers' | 'texts'>> & { texts?: Partial<Record<TextKey, string>> } = {},
): CalculatorState {
  const { texts, ...rest } = changes;
  return { ...state, ...rest, numbers: { ...state.numbers, ...numbers }, texts: { ...state.texts, ...texts } };
}

/** The worked example with some fields retyped. */
export function example(numbers: Partial<Record<NumberKey, string>> = {}, changes: Parameters<typeof edit>[2] = {}): CalculatorState {
  return edit(workedExampleState(), numbers, changes);
}

/** Prices the state the way the form does: check every field, then price. */
export function priceState(state: CalculatorState): PricedComparison {
  return priceComparison(state, checkInputs(state));
}

export function optionOf(comparison: PricedComparison, option: CompareOption): OptionPrice {
  const found = comparison.options.find((entry) => entry.option === option);
  if (!found) throw new Error(`${option} is not among the compared options`);
  return found;
}

export function pricedOption(comparison: PricedComparison, option: CompareOption): PricedOption {
  const found = optionOf(comparison, option);
  if (found.status !== 'priced') throw new Error(`${option} has no price: ${JSON.stringify(found.blocker)}`);
  return found;
}
