import { type IncidentView } from '../../api/incident-command-types';
import { runningClocks } from './incident-clocks';

const PROMISE = {
  promiseId: 'p1',
  description: 'Call back',
  dueAt: '2026-12-01T11:00:00Z',
  madeAt: '2026-12-01T10:05:00Z',
};

function incident(status: IncidentView['status'], openPromises: unknown[] = []): IncidentView {
  return {
    status,
    openedAt: '2026-12-01T10:00:00Z',
    deadlines: { acknowledgeBy: '2026-12-01T10:10:00Z', resolveBy: '2026-12-01T12:00:00Z' },
    openPromises,
  } as IncidentView;
}

describe('runningClocks', () => {
  it('runs acknowledge and resolve from the opening while the incident is open', () => {
    expect(
      runningClocks(incident('open')).map((clock) => [clock.label, clock.startedAt, clock.dueAt]),
    ).toEqual([
      ['Acknowledge', '2026-12-01T10:00:00Z', '2026-12-01T10:10:00Z'],
      ['Resolve', '2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z'],
    ]);
  });

  it('stops the acknowledge clock once acknowledged and counts each open promise from when it was made', () => {
    expect(
      runningClocks(incident('acknowledged', [PROMISE])).map((clock) => [
        clock.label,
        clock.startedAt,
      ]),
    ).toEqual([
      ['Resolve', '2026-12-01T10:00:00Z'],
      ['Promise “Call back”', '2026-12-01T10:05:00Z'],
    ]);
  });

  it('keeps only promise clocks after resolution', () => {
    expect(runningClocks(incident('resolved', [PROMISE])).map((clock) => clock.key)).toEqual([
      'p1',
    ]);
  });
});
