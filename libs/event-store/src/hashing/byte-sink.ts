/** Up to this many bytes, copy() loops instead of calling Buffer.copy (measured: verify, issue 14). */
const SHORT_COPY = 32;

/**
 * A growable byte buffer written from the front and reused between documents, so that
 * building a canonical document to hash allocates nothing once it has grown to size.
 */
export class ByteSink {
  bytes: Buffer;
  length = 0;

  constructor(initialCapacity = 4096) {
    this.bytes = Buffer.allocUnsafe(initialCapacity);
  }

  /** Forgets the content; keeps the memory. */
  reset(): void {
    this.length = 0;
  }

  /** The bytes written so far (a view: valid until the next write). */
  view(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  copy(source: Buffer, start: number, end: number): void {
    this.reserve(end - start);
    if (end - start > SHORT_COPY) {
      this.length += source.copy(this.bytes, this.length, start, end);
      return;
    }
    // Most copies are a key or a short value: a loop beats Buffer.copy's call overhead.
    const { bytes } = this;
    for (let i = start; i < end; i += 1) bytes[this.length++] = source[i];
  }

  /** Appends a string as UTF-8. */
  text(value: string): void {
    this.reserve(Buffer.byteLength(value, 'utf8'));
    this.length += this.bytes.write(value, this.length, 'utf8');
  }

  /** Drops everything written after `length` (an abandoned attempt). */
  truncate(length: number): void {
    this.length = length;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
