import { z } from 'zod';

/** What every news card action carries: the broadcast it is about. */
export const broadcastRef = z.object({ broadcastId: z.string().uuid() });
