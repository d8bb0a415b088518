import { type ClientBase } from 'pg';

/** PGCOPY\n\377\r\n\0, then int32 flags and int32 header-extension length. */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED = SIGNATURE.length + 8;
const TRAILER = -1;

/**
 * One row of `COPY … TO STDOUT (FORMAT binary)`: field i is bytes [start(i), end(i)) of
 * `bytes`, or null. The row is a view into the connection's read buffer: read it before
 * returning, copy what must outlive it.
 */
export class BinaryCopyRow {
  bytes: Buffer = Buffer.alloc(0);
  private readonly bounds: Int32Array;

  constructor(readonly fields: number) {
    this.bounds = new Int32Array(fields * 2);
  }

  start(field: number): number {
    return this.bounds[field * 2];
  }

  end(field: number): number {
    return this.bounds[field * 2 + 1];
  }

  isNull(field: number): boolean {
    return this.bounds[field * 2] < 0;
  }

  /** Reads the tuple at `offset` (PostgreSQL sends one per CopyData message); returns where it ends. */
  load(bytes: Buffer, offset: number): number {
    this.bytes = bytes;
    if (bytes.readInt16BE(offset) !== this.fields) {
      throw new Error(`binary COPY: expected ${this.fields} fields per row`);
    }
    let cursor = offset + 2;
    for (let field = 0; field < this.fields; field += 1) {
      const length = bytes.readInt32BE(cursor);
      cursor += 4;
      this.bounds[field * 2] = length < 0 ? -1 : cursor;
      this.bounds[field * 2 + 1] = length < 0 ? -1 : cursor + length;
      if (length > 0) cursor += length;
    }
    if (cursor > bytes.length) throw new Error('binary COPY: a row spans two messages');
    return cursor;
  }
}

/**
 * Streams `COPY (query) TO STDOUT (FORMAT binary)` through `onRow`, one row at a time,
 * as PostgreSQL sends it: no page queries, no row objects, no text decoding. `onRow`
 * returns false to stop; the server keeps sending until its next write fails, so after
 * 'stopped' (or a rejection) the caller must discard the connection, not reuse it.
 * Uses pg's submittable interface (the one pg-cursor and pg-copy-streams build on):
 * the project has neither package.
 */
export function streamBinaryCopy(
  client: ClientBase,
  query: string,
  fields: number,
  onRow: (row: BinaryCopyRow) => boolean,
): Promise<'complete' | 'stopped'> {
  return new Promise((resolve, reject) => {
    const copy = new BinaryCopyOut(`COPY (${query}) TO STDOUT (FORMAT binary)`, fields, onRow);
    copy.settle = (outcome, error) => {
      if (error === undefined) resolve(outcome);
      else reject(error);
    };
    void client.query(copy);
  });
}

type Outcome = 'complete' | 'stopped';

/** The pg submittable: pg calls these handlers with each backend message of the query. */
export class BinaryCopyOut {
  settle: (outcome: Outcome, error?: Error) => void = () => undefined;
  private readonly row: BinaryCopyRow;
  private headerRead = false;
  private settled = false;

  constructor(
    private readonly text: string,
    fields: number,
    private readonly onRow: (row: BinaryCopyRow) => boolean,
  ) {
    this.row = new BinaryCopyRow(fields);
  }

  submit(connection: { query: (text: string) => void }): void {
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.settled) return;
    try {
      this.consume(message.chunk);
    } catch (error) {
      this.finish(
        'stopped',
        error instanceof Error ? error : new Error('binary COPY', { cause: error }),
      );
    }
  }

  // pg forgets the query before it hands over a server error: no ReadyForQuery follows here.
  handleError(error: Error): void {
    this.finish('stopped', error);
  }

  handleReadyForQuery(): void {
    this.finish('complete');
  }

  // Messages a COPY does not produce: pg calls them only on a protocol surprise.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(): void {
    this.finish('stopped', new Error('binary COPY: the server asked for COPY FROM data'));
  }

  private consume(chunk: Buffer): void {
    let offset = 0;
    if (!this.headerRead) {
      if (chunk.compare(SIGNATURE, 0, SIGNATURE.length, 0, SIGNATURE.length) !== 0) {
        throw new Error('binary COPY: bad header');
      }
      offset = HEADER_FIXED + chunk.readInt32BE(HEADER_FIXED - 4);
      this.headerRead = true;
    }
    while (offset < chunk.length) {
      if (chunk.readInt16BE(offset) === TRAILER) return;
      offset = this.row.load(chunk, offset);
      if (!this.onRow(this.row)) return this.finish('stopped');
    }
  }

  private finish(outcome: Outcome, error?: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(outcome, error);
  }
}
