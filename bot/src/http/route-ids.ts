/** Programme ids are UUIDs; anything else in a route is not worth a lookup. */
export const PROGRAMME_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
