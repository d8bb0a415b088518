import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  asIncidentId,
  type CustomerDataErased,
  customerErasureStreamId,
  nameBasedUuid,
  toIsoTimestamp,
} from '@recovery/domain';
import { EventStore, StreamVersionConflict } from '@recovery/event-store';
import { PersonalDataVault } from '@recovery/personal-data';
import { type Caller, canAccessSite } from '../caller';
import { SiteForbidden } from '../site-forbidden.error';
import { CustomerNotFound } from './customer-not-found.error';

/** What an erasure did: the record its CustomerDataErased event keeps. */
export type CustomerErasure = CustomerDataErased['data'] & { erasureId: string };

/**
 * Erases a customer's personal data (issue 14, item 3) by destroying their data key:
 * every copy of the text sealed under it — events, read models, exports, Temporal
 * histories — reads as erased from then on, and the chains still verify, since they
 * cover the sealed form. The erasure is recorded first, so a crash in between leaves
 * a record and a key that the retry then destroys, never an unrecorded erasure.
 */
@Injectable()
export class CustomerErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async erase(customerRef: string, reason: string, caller: Caller): Promise<CustomerErasure> {
    const keyId = await this.vault.keyIdOf(customerRef);
    if (keyId === undefined) throw new CustomerNotFound();
    const incidents = await this.dataSource.query<{ incident_id: string; site: string }[]>(
      `SELECT incident_id, site FROM incident_state WHERE customer_key_id = $1 ORDER BY opened_at`,
      [keyId],
    );
    const foreign = incidents.find((incident) => !canAccessSite(caller, incident.site));
    if (foreign) throw new SiteForbidden(foreign.site);
    const erasure = await this.record(
      {
        keyId,
        incidentIds: incidents.map((incident) => asIncidentId(incident.incident_id)),
        requestedBy: caller.actor,
        reason,
        erasedAt: toIsoTimestamp(Date.now()),
      },
      caller,
    );
    await this.vault.destroyKey(keyId);
    return erasure;
  }

  /** Appends CustomerDataErased; a retry after a crash finds the first attempt's record. */
  private async record(data: CustomerDataErased['data'], caller: Caller): Promise<CustomerErasure> {
    const streamId = customerErasureStreamId(data.keyId);
    const erasureId = nameBasedUuid('customer-erasure', data.keyId);
    const event: CustomerDataErased = { type: 'CustomerDataErased', data };
    try {
      await this.store.append(
        streamId,
        [
          {
            eventId: erasureId,
            ...event,
            metadata: { actor: caller.actor, correlationId: caller.correlationId },
          },
        ],
        { expectedVersion: 'no_stream' },
      );
      return { erasureId, ...data };
    } catch (error) {
      if (!(error instanceof StreamVersionConflict)) throw error;
      const [stored] = await this.store.readStream(streamId);
      return { erasureId, ...(stored.data as CustomerDataErased['data']) };
    }
  }
}
