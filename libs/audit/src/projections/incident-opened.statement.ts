import { CHANNELS, channelGroup, type Channel, type DeadlineRules } from '@recovery/domain';
import { timeOr, type AuditRecord, type AuditStatement } from './audit-statement';

const isChannel = (value: unknown): value is Channel =>
  (CHANNELS as readonly unknown[]).includes(value);

/** An opening creates the incident's row, with the policy and deadline rules it ran under. */
export const opened: AuditStatement<'IncidentOpened'> = {
  pick: 'all',
  columns: {
    incident_id: 'uuid',
    kind: 'text',
    channel: 'text',
    channel_group: 'text',
    category: 'text',
    severity: 'text',
    site: 'text',
    team: 'text',
    policy_key: 'text',
    policy_version: 'integer',
    opened_by: 'text',
    opened_at: 'timestamptz',
    acknowledge_within_ms: 'bigint',
    resolve_within_ms: 'bigint',
    acknowledge_clock: 'text',
    resolve_clock: 'text',
    calendar_key: 'text',
    calendar_version: 'integer',
  },
  sql: `INSERT INTO audit_incidents (incident_id, kind, channel, channel_group, category, severity, site, team,
          policy_key, policy_version, opened_by, opened_at, acknowledge_within_ms, resolve_within_ms,
          acknowledge_clock, resolve_clock, calendar_key, calendar_version)
        SELECT incident_id, kind, channel, channel_group, category, severity, site, team, policy_key,
               policy_version, opened_by, opened_at, acknowledge_within_ms, resolve_within_ms,
               acknowledge_clock, resolve_clock, calendar_key, calendar_version
          FROM {records} x ORDER BY pos
        ON CONFLICT (incident_id) DO NOTHING`,
  record: (data, { incidentId, event }) => ({
    incident_id: incidentId,
    kind: data.kind,
    channel: data.channel,
    channel_group: isChannel(data.channel) ? channelGroup(data.channel) : null,
    category: data.category,
    severity: data.severity,
    site: data.site,
    team: data.team ?? null,
    policy_key: data.policy?.key ?? event.metadata.policyKey,
    policy_version: data.policy?.version ?? event.metadata.policyVersion,
    opened_by: data.openedBy?.id ?? event.metadata.actor.id,
    opened_at: timeOr(data.openedAt, event),
    acknowledge_within_ms: data.sla?.acknowledgeWithinMs,
    resolve_within_ms: data.sla?.resolveWithinMs,
    ...deadlineRuleColumns(data.deadlineRules),
  }),
};

// An opening recorded before issue 12 has no rules: both its clocks counted calendar
// time, under no calendar.
function deadlineRuleColumns(rules: DeadlineRules | undefined): AuditRecord {
  return {
    acknowledge_clock: rules?.clocks.acknowledge ?? 'calendar',
    resolve_clock: rules?.clocks.resolve ?? 'calendar',
    calendar_key: rules?.calendar?.key ?? null,
    calendar_version: rules?.calendar?.version ?? null,
  };
}
