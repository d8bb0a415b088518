import { Inject, Injectable } from '@nestjs/common';
import { DelegationStreams } from '@recovery/delegations';
import { EventStore } from '@recovery/event-store';
import { type DelegationExpiryActivities } from '@recovery/workflows';

/**
 * The delegation expiry timer's activity. Idempotent: it decides from the
 * delegation's stream, and the event's id is named by the version it takes, so a
 * retry after a lost answer finds the delegation expired and records nothing.
 */
@Injectable()
export class DelegationExpiryActivitiesService {
  private readonly streams: DelegationStreams;

  // The activities' event store, which runs the delegation read model inline.
  constructor(@Inject(EventStore) eventStore: EventStore) {
    this.streams = new DelegationStreams(eventStore);
  }

  /** The activity functions handed to the Temporal Worker. */
  build(): DelegationExpiryActivities {
    return {
      expireDelegation: async ({ delegationId, expiredAt }) => ({
        expired: await this.streams.expire(delegationId, expiredAt),
      }),
    };
  }
}
