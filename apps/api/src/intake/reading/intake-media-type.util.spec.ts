import { UnsupportedMediaTypeException } from '@nestjs/common';
import { intakeModeOf } from './intake-media-type.util';

describe('intakeModeOf', () => {
  it('reads structured and batch mode from their media types, parameters or not', () => {
    expect(intakeModeOf('application/cloudevents+json', false)).toBe('structured');
    expect(intakeModeOf('Application/CloudEvents+JSON; charset=utf-8', false)).toBe('structured');
    expect(intakeModeOf('application/cloudevents-batch+json;charset=UTF-8', false)).toBe('batch');
  });

  it('takes any other JSON body as binary mode, and no body under ce-* headers too', () => {
    expect(intakeModeOf('application/json; charset=utf-8', true)).toBe('binary');
    expect(intakeModeOf('application/vnd.example+json', false)).toBe('binary');
    expect(intakeModeOf(undefined, true)).toBe('binary');
  });

  it('refuses any other media type, and no Content-Type without ce-* headers, with 415', () => {
    for (const [type, ce] of [
      ['text/plain', true],
      ['application/xml', false],
      ['application/jsonx', true],
      [undefined, false],
    ] as const) {
      expect(() => intakeModeOf(type, ce)).toThrow(UnsupportedMediaTypeException);
    }
  });
});
