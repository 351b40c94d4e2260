import { z } from 'zod';

/**
 * Card data comes from the client and can be forged or stale: every handler parses what it
 * reads with one of these schemas before trusting it.
 */
export const programmeRef = z.object({ programmeId: z.string().uuid() });

/** Parses card data, or returns undefined so the handler can answer "this card is out of date". */
export function parseCardData<T>(schema: z.ZodType<T, z.ZodTypeDef, any>, data: unknown): T | undefined {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
