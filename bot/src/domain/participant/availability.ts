/** Weekdays and times of day a person can meet; slot keys look like `tue-am`. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export const DAY_PARTS = ['am', 'pm'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
export type AvailabilitySlot = `${Weekday}-${DayPart}`;

/** Every slot, Monday morning to Friday afternoon. */
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}-${part}` as const),
);

/** True for a slot key such as `wed-pm`. */
export function isAvailabilitySlot(value: string): value is AvailabilitySlot {
  return (AVAILABILITY_SLOTS as readonly string[]).includes(value);
}
