import { type OpenIncidentCommand } from '@recovery/domain';

/** The opening most tests use: a rental car that does not start, reported by phone at AMS. */
export const CAR_BREAKDOWN: Omit<OpenIncidentCommand, 'incidentId'> = {
  kind: 'complaint',
  channel: 'phone',
  category: 'vehicle_breakdown',
  severity: 'high',
  customerRef: 'C-1001',
  site: 'AMS',
  summary: 'Rental car does not start',
};
