import { useState } from 'react';
import { type StoredEvent } from '../../api/incident-types';
import { describeFailure } from '../../api/problem';
import { formatSpan } from '../../time/durations';
import { useIncidentEvents } from '../incident-queries';
import { useInstantFormat } from '../../time/useInstantFormat';
import { isDecision } from './decision-events';
import { describeEvent, type WordingContext } from './describe-event';
import { eventActor } from './event-actor';
import { RawEvent } from './RawEvent';
import { withQuietSpans } from './quiet-spans';

/** The event stream written for people, with "Decisions only" and each raw event on demand. */
export function Timeline({ incidentId, site }: { incidentId: string; site: string }) {
  const events = useIncidentEvents(incidentId);
  const [decisionsOnly, setDecisionsOnly] = useState(false);
  const when = useInstantFormat(site);
  return (
    <section className="card stack" aria-labelledby="timeline-heading">
      <div className="row">
        <h2 id="timeline-heading">Timeline</h2>
        <label className="inline">
          <input
            type="checkbox"
            checked={decisionsOnly}
            onChange={(event) => setDecisionsOnly(event.target.checked)}
          />{' '}
          Decisions only
        </label>
      </div>
      {events.isPending && <p role="status">Loading the timeline…</p>}
      {events.isError && (
        <p className="error">The timeline cannot be loaded: {describeFailure(events.error)}</p>
      )}
      {events.data && (
        <TimelineList events={events.data} decisionsOnly={decisionsOnly} when={when} />
      )}
    </section>
  );
}

function TimelineList(props: {
  events: StoredEvent[];
  decisionsOnly: boolean;
  when: (iso: string) => string;
}) {
  const { events, decisionsOnly, when } = props;
  const context = wordingContext(events, when);
  const shown = decisionsOnly ? events.filter(isDecision) : events;
  if (shown.length === 0) return <p className="hint">No decision yet.</p>;
  return (
    <ol className="timeline" aria-label="Events">
      {withQuietSpans(shown).map((item) =>
        item.kind === 'quiet' ? (
          <li key={`quiet-${item.untilAt}`} className="quiet-span">
            Quiet for {formatSpan(item.spanMs)}
          </li>
        ) : (
          <li key={item.event.eventId} className={isDecision(item.event) ? 'decision' : undefined}>
            <div>{describeEvent(item.event, context)}</div>
            <div className="timeline-meta">
              {eventActor(item.event)} ·{' '}
              <time dateTime={item.event.occurredAt}>{when(item.event.occurredAt)}</time>
            </div>
            <RawEvent event={item.event} />
          </li>
        ),
      )}
    </ol>
  );
}

function wordingContext(events: StoredEvent[], when: (iso: string) => string): WordingContext {
  const promises = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'PromiseMade' && typeof event.data.promiseId === 'string') {
      promises.set(event.data.promiseId, String(event.data.description));
    }
  }
  return { when, promiseText: (id) => promises.get(id) };
}
