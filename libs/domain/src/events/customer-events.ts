import { type Actor } from './event-metadata';
import { type DomainEvent } from './incident-events';
import { type IncidentId, type IsoTimestamp } from '../ids/ids';

/**
 * A customer's personal data was erased (issue 14): their data key was destroyed, so
 * the text sealed under it in these incidents reads as erased everywhere. It records
 * who asked, when and why; never the customer's reference or any of the erased text.
 */
export type CustomerDataErased = DomainEvent<
  'CustomerDataErased',
  {
    /** The destroyed key: the id every sealed value of this customer carried. */
    keyId: string;
    incidentIds: IncidentId[];
    requestedBy: Actor;
    reason: string;
    erasedAt: IsoTimestamp;
  }
>;

/** One stream per erasure, named by the destroyed key. */
export function customerErasureStreamId(keyId: string): string {
  return `customer-erasure-${keyId}`;
}
