import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('returns named events once their blank line arrives, across chunk borders', () => {
    const parser = new SseParser();
    expect(parser.feed('event: incident\ndata: {"incidentId"')).toEqual([]);
    expect(parser.feed(':"a"}\n\n: keep-alive\n\nevent: approval\r\ndata: 1\r\n\r\n')).toEqual([
      { event: 'incident', data: '{"incidentId":"a"}' },
      { event: 'approval', data: '1' },
    ]);
  });

  it('joins multi-line data, defaults the name and skips retry and id fields', () => {
    const parser = new SseParser();
    expect(parser.feed('retry: 2000\nid: 7\ndata: a\ndata: b\n\n')).toEqual([
      { event: 'message', data: 'a\nb' },
    ]);
  });
});
