import { changeFrame, SSE_KEEP_ALIVE, sseEvent, sseRetry } from './sse-frame.util';

describe('server-sent event frames', () => {
  it('writes an incident change as event incident with exactly its four fields', () => {
    expect(
      changeFrame({ kind: 'incident', incidentId: 'i-1', site: 'AMS', version: 2, status: 'open' }),
    ).toBe(
      'event: incident\ndata: {"incidentId":"i-1","site":"AMS","version":2,"status":"open"}\n\n',
    );
  });

  it('writes an approval change as event approval with exactly its four fields', () => {
    expect(
      changeFrame({
        kind: 'approval',
        approvalId: 'a-1',
        incidentId: 'i-1',
        site: 'AMS',
        status: 'pending',
      }),
    ).toBe(
      'event: approval\ndata: {"approvalId":"a-1","incidentId":"i-1","site":"AMS","status":"pending"}\n\n',
    );
  });

  it('keeps data on one line whatever it contains', () => {
    expect(sseEvent('ready', { sites: ['A\nB'] })).toBe(
      'event: ready\ndata: {"sites":["A\\nB"]}\n\n',
    );
  });

  it('writes the keep-alive as a comment and the retry hint as a field', () => {
    expect(SSE_KEEP_ALIVE).toBe(': keep-alive\n\n');
    expect(sseRetry(3000)).toBe('retry: 3000\n\n');
  });
});
