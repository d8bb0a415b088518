import { type Fulfiller } from '../api/incident-types';

/** Who keeps a promise or owns an incident, as staff read it: "person fiona", "team warehouse-ams". */
export function fulfillerText(fulfiller: Fulfiller): string {
  return `${fulfiller.kind === 'team' ? 'team' : 'person'} ${fulfiller.id}`;
}
