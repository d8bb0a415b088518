import { binaryFieldName, eventOfBinaryMessage, hasCeHeaders } from './binary-mode.util';

describe('eventOfBinaryMessage', () => {
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': '12',
    'ce-specversion': '1.0',
    'ce-id': 'call-1',
    'ce-source': '/callcentre/ams',
    'ce-type': 'com.example.callcentre.complaint.received',
    'ce-subject': 'caf%C3%A9',
    'ce-traceparent': '00-abc-def-01',
    'x-api-key': 'not an attribute',
  };

  it('reads ce-* headers as attributes, Content-Type as datacontenttype and the body as data', () => {
    expect(eventOfBinaryMessage(headers, { text: 'hi' })).toEqual({
      specversion: '1.0',
      id: 'call-1',
      source: '/callcentre/ams',
      type: 'com.example.callcentre.complaint.received',
      subject: 'café',
      traceparent: '00-abc-def-01',
      datacontenttype: 'application/json; charset=utf-8',
      data: { text: 'hi' },
    });
  });

  it('has no data when the request has no body, and keeps a value that is not percent-encoding', () => {
    const event = eventOfBinaryMessage({ 'ce-id': '100%', 'content-length': '0' }, {});
    expect(event).toEqual({ id: '100%' });
  });

  it('names attribute fields by their header, data by its path', () => {
    expect(['id', 'datacontenttype', 'data', 'data.summary'].map(binaryFieldName)).toEqual([
      'ce-id',
      'Content-Type',
      'data',
      'data.summary',
    ]);
    expect(hasCeHeaders(headers)).toBe(true);
    expect(hasCeHeaders({ 'content-type': 'application/json' })).toBe(false);
  });
});
