import type { DeliveryTrack } from '../domain/delivery-track';

/**
 * A delivery's track as read from its row (news recipients and notices keep the same columns):
 * only those columns, so the row's keys and ETag never leak into the domain value.
 */
export function deliveryTrackOf<T extends DeliveryTrack>(row: T): Pick<T, keyof DeliveryTrack> {
  const { status, reason, httpStatus, attempts, claimedBy, claimedAt, updatedAt } = row;
  return { status, reason, httpStatus, attempts, claimedBy, claimedAt, updatedAt };
}
