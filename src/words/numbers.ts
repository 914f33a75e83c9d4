/** Numbers as people read them, formatted by Intl once per kind. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** 60000 → "60,000"; 1234.5 → "1,234.5" (at most two decimals). */
export const formatNumber = (value: number): string => NUMBER.format(value);

/** 60000 → "$60,000"; 250000.5 → "$250,000.5". */
export const formatUsd = (value: number): string => USD.format(value);

/** "a, b or c": the items of a list in a sentence. */
export function listWords(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

/** The first letter in capitals, for a phrase that starts a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
