import { compareHeads, digestOfHeads, type StreamHead } from './stream-heads';

const head = (streamId: string, version: number, fill: string): StreamHead => ({
  streamId,
  version,
  hash: fill.repeat(64),
});

describe('stream heads', () => {
  const checkpoint = [
    head('incident-a', 3, 'a'),
    head('incident-b', 5, 'b'),
    head('incident-c', 1, 'c'),
  ];

  it('digests in bytewise stream-id order, whatever order the list is in', () => {
    expect(digestOfHeads([...checkpoint].reverse())).toBe(digestOfHeads(checkpoint));
    expect(digestOfHeads(checkpoint)).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOfHeads([head('incident-a', 2, 'a'), ...checkpoint.slice(1)])).not.toBe(
      digestOfHeads(checkpoint),
    );
  });

  it('names every kind of difference, by stream', () => {
    const now = [
      head('incident-a', 2, 'a'), // tail deleted
      head('incident-b', 5, 'f'), // chain recomputed
      // incident-c deleted
      head('incident-d', 1, 'd'), // inserted into the past
    ];
    expect(compareHeads(checkpoint, now).map((d) => [d.streamId, d.reason])).toEqual([
      ['incident-a', 'truncated'],
      ['incident-b', 'rewritten'],
      ['incident-c', 'stream-missing'],
      ['incident-d', 'stream-added'],
    ]);
    expect(compareHeads(checkpoint, [...checkpoint].reverse())).toEqual([]);
    expect(compareHeads([head('incident-a', 1, 'a')], [head('incident-a', 2, 'a')])).toEqual([
      {
        streamId: 'incident-a',
        reason: 'extended',
        expected: { version: 1, hash: 'a'.repeat(64) },
        found: { version: 2, hash: 'a'.repeat(64) },
      },
    ]);
  });
});
