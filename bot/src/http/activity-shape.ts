import { z } from 'zod';

const id = z.string().min(1).max(1024);
/** A party of the conversation (sender, the bot, a member added). */
const party = z.object({ id }).passthrough();

/**
 * The least an activity must have for the Bot Framework and Tandem to handle it: what it is,
 * where it comes from and where replies go. The rest passes through untouched (each feature
 * checks the parts it reads, e.g. card data with its verb's schema). Without this check
 * botbuilder throws on a missing `type` outside its own error handling, which answered 500 with
 * its message; and a missing conversation or sender only failed deeper inside a turn.
 */
const activityShape = z
  .object({
    type: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
    id: id.optional(),
    name: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z
      .string()
      .max(2048)
      .url()
      .refine((url) => /^https?:\/\//i.test(url)),
    conversation: party,
    from: party,
    recipient: party,
    text: z.string().optional(),
    replyToId: z.string().optional(),
    locale: z.string().max(64).optional(),
    timestamp: z.string().optional(),
    localTimestamp: z.string().optional(),
    entities: z.array(z.object({}).passthrough()).optional(),
    attachments: z.array(z.object({}).passthrough()).optional(),
    channelData: z.object({}).passthrough().optional(),
    membersAdded: z.array(party).optional(),
    membersRemoved: z.array(party).optional(),
  })
  .passthrough();

/** An incoming activity whose envelope has been checked. */
export type IncomingActivity = z.infer<typeof activityShape>;

/** The activity, or undefined when the body is not one (the caller answers 400). */
export function parseActivity(body: unknown): IncomingActivity | undefined {
  const parsed = activityShape.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
