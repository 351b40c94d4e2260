// People in Germany write "0,5", people elsewhere "0.5"; both mean a half. No thousands
// separators: nothing Tandem asks for reaches a thousand, and "1.000" would be ambiguous.
const DECIMAL = /^(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** A number typed with a decimal comma or point ("0,5", "0.5", "24"); undefined for anything else. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/**
 * The items of a typed list. Semicolons separate items; so does a comma followed by a space,
 * which is how the form wrote lists before ("24, 1"). A comma between two digits is always a
 * decimal comma, so "24; 0,5" and "24, 0,5" both read as 24 and a half.
 */
export function splitNumberList(text: string): string[] {
  return text
    .split(/;|,(?=\s)/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** For `z.preprocess`: a card's number string with a decimal comma becomes a number; anything else passes on unchanged. */
export function decimalCommaToNumber(value: unknown): unknown {
  return typeof value === 'string' && value.trim() !== '' ? (parseDecimal(value) ?? value) : value;
}
