import { type StoredEvent } from '../../api/incident-types';

/** The stored event as auditors check it: data, hash and the previous hash it chains to. */
export function RawEvent({ event }: { event: StoredEvent }) {
  return (
    <details className="raw-event">
      <summary>Raw event</summary>
      <dl>
        <dt>Type and version</dt>
        <dd>
          {event.type} #{event.streamVersion}
        </dd>
        <dt>Hash</dt>
        <dd>
          <code>{event.hash}</code>
        </dd>
        <dt>Previous hash</dt>
        <dd>
          <code>{event.prevHash}</code>
        </dd>
      </dl>
      <pre>{JSON.stringify({ data: event.data, metadata: event.metadata }, null, 2)}</pre>
    </details>
  );
}
