import { RequestValidationFailed } from '../../common/request-validation.error';
import { validateBatch, validateSingle } from './cloud-event-validation.util';

const event = (overrides: Record<string, unknown> = {}) => ({
  specversion: '1.0',
  id: 'e-1',
  source: '/mail',
  type: 'com.example.mail.customer.replied',
  ...overrides,
});
const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationFailed) return error.errors.map((e) => e.field);
    throw error;
  }
  throw new Error('expected a RequestValidationFailed');
}

describe('validateSingle', () => {
  it('takes an event without data, and datacontenttype with parameters', () => {
    expect(validateSingle(event({ datacontenttype: 'application/json; charset=utf-8' }))).toEqual(
      expect.objectContaining({ id: 'e-1', data: undefined }),
    );
  });

  it('decodes data_base64 into data', () => {
    const read = validateSingle(event({ data_base64: base64({ text: 'Photos' }) }));
    expect(read.data).toEqual({ text: 'Photos' });
    expect(read.data_base64).toBeUndefined();
  });

  it('names data_base64 when it is not a JSON object, unstorable, or sent beside data', () => {
    expect(fieldsOf(() => validateSingle(event({ data_base64: base64([1]) })))).toEqual([
      'data_base64',
    ]);
    expect(
      fieldsOf(() => validateSingle(event({ data_base64: base64({ t: 'a\u0000' }) }))),
    ).toEqual(['data_base64']);
    expect(
      fieldsOf(() => validateSingle(event({ data: {}, data_base64: base64({ text: 'x' }) }))),
    ).toEqual(['data_base64']);
  });

  it('names an attribute PostgreSQL could not store (a percent-decoded NUL)', () => {
    expect(fieldsOf(() => validateSingle(event({ id: 'a\u0000b' }), (f) => `ce-${f}`))).toEqual([
      'ce-id',
    ]);
  });

  it('refuses a datacontenttype that is not JSON, naming it where it was sent', () => {
    expect(
      fieldsOf(() =>
        validateSingle(event({ datacontenttype: 'text/plain' }), (field) => `ce-${field}`),
      ),
    ).toEqual(['ce-datacontenttype']);
  });
});

describe('validateBatch', () => {
  it('names every bad field of every bad item by its index', () => {
    expect(
      fieldsOf(() =>
        validateBatch([event(), event({ id: '' }), event({ type: 1, 'Bad-Name': 2 })]),
      ),
    ).toEqual(expect.arrayContaining(['[1].id', '[2].type', '[2].Bad-Name']));
  });

  it('names bad data of an opening by its index too, beside bad attributes of another item', () => {
    expect(
      fieldsOf(() =>
        validateBatch([
          event({ id: '' }),
          event({ type: 'com.example.complaint.received' }),
          event({ type: 'com.example.ping' }),
        ]),
      ),
    ).toEqual(expect.arrayContaining(['[0].id', '[1].data']));
  });

  it('refuses an empty batch and one that is not an array', () => {
    expect(fieldsOf(() => validateBatch([]))).toEqual(['body']);
    expect(fieldsOf(() => validateBatch(event()))).toEqual(['body']);
  });
});
