import { type Request, type Response } from 'express';
import { type FieldError } from '@recovery/domain';
import { MAX_INPUT_DEPTH, rejectUnstorableInput } from './reject-unstorable-input.middleware';
import { RequestValidationFailed } from './request-validation.error';

const UNSTORABLE = 'must not contain NUL or unpaired surrogates';

/** The field errors the middleware refuses a request with; [] when it lets it through. */
function refusal(input: { body?: unknown; query?: object; path?: string }): FieldError[] {
  const request = { body: input.body, query: input.query ?? {}, path: input.path ?? '/v1/x' };
  let nextCalls = 0;
  try {
    rejectUnstorableInput(request as Request, {} as Response, () => (nextCalls += 1));
  } catch (error) {
    if (error instanceof RequestValidationFailed) return error.errors;
    throw error;
  }
  expect(nextCalls).toBe(1);
  return [];
}

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('rejectUnstorableInput', () => {
  it('lets storable input through, surrogate pairs included', () => {
    expect(refusal({ body: { summary: 'taxi 🚕', items: [{ a: 1 }, null, true] } })).toEqual([]);
  });

  it('names each field holding a NUL or a lone surrogate, in document order', () => {
    const body = {
      summary: 'a\u0000b',
      fulfilledBy: { kind: 'person', id: 'x\ud800' },
      data: { tags: ['ok', '\udc00'] },
    };
    expect(refusal({ body })).toEqual([
      { field: 'summary', message: UNSTORABLE },
      { field: 'fulfilledBy.id', message: UNSTORABLE },
      { field: 'data.tags[1]', message: UNSTORABLE },
    ]);
  });

  it('reports an unstorable property name on its parent without echoing it', () => {
    expect(refusal({ body: { data: { 'bad\ud800': 'x\u0000', 'nul\u0000': 1 } } })).toEqual([
      { field: 'data', message: `property names ${UNSTORABLE}` },
    ]);
    expect(refusal({ body: { 'k\u0000': 1 } })).toEqual([
      { field: 'body', message: `property names ${UNSTORABLE}` },
    ]);
  });

  it('checks a bare string body, the query and the decoded path', () => {
    expect(refusal({ body: '\ud800' })).toEqual([{ field: 'body', message: UNSTORABLE }]);
    expect(refusal({ query: { site: ['AMS', 'a\u0000'] } })).toEqual([
      { field: 'site[1]', message: UNSTORABLE },
    ]);
    expect(refusal({ path: '/v1/incidents/a%00b' })).toEqual([
      { field: 'path', message: UNSTORABLE },
    ]);
    expect(refusal({ path: '/v1/incidents/%E0%A4%A' })).toEqual([]);
  });

  it(`takes ${MAX_INPUT_DEPTH} levels of nesting and refuses one more, once`, () => {
    expect(refusal({ body: nested(MAX_INPUT_DEPTH) })).toEqual([]);
    expect(refusal({ body: nested(MAX_INPUT_DEPTH + 1) })).toEqual([
      { field: 'body', message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` },
    ]);
  });

  it('refuses a body nested 100,000 deep without overflowing the stack', () => {
    expect(refusal({ body: nested(100_000) })).toEqual([
      { field: 'body', message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` },
    ]);
  });

  it('walks a wide body of 200,000 items', () => {
    const wide = Array.from({ length: 200_000 }, (_, i) => (i === 199_999 ? '\ud800' : 'x'));
    expect(refusal({ body: { wide } })).toEqual([{ field: 'wide[199999]', message: UNSTORABLE }]);
  });
});
