/** A `data-*` hook as JSX props, so markup spells a feature's hook names through its constants. */
export function hook(name: `data-${string}`, value: string | number = ''): Record<string, string | number> {
  return { [name]: value };
}
