import { timeOr, uuidOr, type AuditStatement, type AuditStatementTable } from './audit-statement';

type FollowUpTypes = 'FollowUpSent' | 'FeedbackReceived' | 'FollowUpUnanswered';

const sent: AuditStatement<'FollowUpSent'> = {
  pick: 'all',
  columns: {
    follow_up_id: 'uuid',
    incident_id: 'uuid',
    channel: 'text',
    sent_at: 'timestamptz',
    answer_by: 'timestamptz',
  },
  sql: `INSERT INTO audit_follow_ups (follow_up_id, incident_id, channel, sent_at, answer_by)
        SELECT follow_up_id, incident_id, channel, sent_at, answer_by FROM {records} x ORDER BY pos
        ON CONFLICT (follow_up_id) DO NOTHING`,
  record: (data, { incidentId, event }) => {
    const followUpId = uuidOr(data.followUpId);
    if (!followUpId) return null;
    return {
      follow_up_id: followUpId,
      incident_id: incidentId,
      channel: data.channel,
      sent_at: timeOr(data.sentAt, event),
      answer_by: data.answerBy,
    };
  },
};

const feedback: AuditStatement<'FeedbackReceived'> = {
  pick: 'first',
  key: 'follow_up_id',
  columns: { follow_up_id: 'uuid', at: 'timestamptz', score: 'integer', level: 'text' },
  sql: `UPDATE audit_follow_ups f SET answered_at = x.at, score = x.score, level = x.level
          FROM {records} x WHERE f.follow_up_id = x.follow_up_id AND f.answered_at IS NULL`,
  record: (data, { event }) => {
    const followUpId = uuidOr(data.followUpId);
    return followUpId
      ? {
          follow_up_id: followUpId,
          at: timeOr(data.receivedAt, event),
          score: data.score,
          level: data.level,
        }
      : null;
  },
};

const unanswered: AuditStatement<'FollowUpUnanswered'> = {
  pick: 'first',
  key: 'follow_up_id',
  columns: { follow_up_id: 'uuid', at: 'timestamptz' },
  sql: `UPDATE audit_follow_ups f SET unanswered_at = x.at
          FROM {records} x WHERE f.follow_up_id = x.follow_up_id AND f.unanswered_at IS NULL`,
  record: (data, { event }) => {
    const followUpId = uuidOr(data.followUpId);
    return followUpId ? { follow_up_id: followUpId, at: timeOr(data.detectedAt, event) } : null;
  },
};

/** How follow-ups fill audit_follow_ups. */
export const followUpStatements = {
  FollowUpSent: [sent],
  FeedbackReceived: [feedback],
  FollowUpUnanswered: [unanswered],
} satisfies Pick<AuditStatementTable, FollowUpTypes>;
