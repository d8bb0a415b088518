import { payloadFromJson, payloadToJson } from './payload-json.util';

describe('payloads in the codec-server JSON form', () => {
  it('reads base64 metadata and data as bytes, and writes them back the same', () => {
    const json = {
      metadata: { encoding: Buffer.from('json/plain').toString('base64') },
      data: Buffer.from('{"a":1}').toString('base64'),
    };
    const payload = payloadFromJson(json);
    expect(Buffer.from(payload.metadata!.encoding).toString()).toBe('json/plain');
    expect(Buffer.from(payload.data!).toString()).toBe('{"a":1}');
    expect(payloadToJson(payload)).toEqual(json);
  });

  it('leaves data out when a payload has none (binary/null), both ways', () => {
    const json = { metadata: { encoding: Buffer.from('binary/null').toString('base64') } };
    expect(payloadFromJson(json)).not.toHaveProperty('data');
    expect(payloadToJson(payloadFromJson(json))).toEqual(json);
  });
});
