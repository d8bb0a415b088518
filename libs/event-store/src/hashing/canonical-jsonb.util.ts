import { type ByteSink } from './byte-sink';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const SPACE = 0x20;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const LITERALS = [Buffer.from('true'), Buffer.from('false'), Buffer.from('null')];
// The one-letter escapes both PostgreSQL and JSON.stringify write: " \ b f n r t.
const SHORT_ESCAPES = new Set([0x22, 0x5c, 0x62, 0x66, 0x6e, 0x72, 0x74]);
const SHORT_ESCAPED_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
/** Integers of up to 15 digits are written by JavaScript exactly as PostgreSQL writes them. */
const EXACT_INTEGER_DIGITS = 15;

/**
 * Writes canonicalJson(JSON.parse(text)) for `text`, PostgreSQL's output of a jsonb value
 * (`{"k": v, "k2": v2}`: ", " and ": " separators, keys by length then bytes), straight
 * from its UTF-8 bytes: separators tightened, keys put in code-unit order, numbers in
 * JavaScript's form. Strings are copied as they are: PostgreSQL escapes exactly the
 * characters JSON.stringify escapes, the same way. Returns false (and writes nothing)
 * for anything outside that form (a non-ASCII or escaped key, an exponent, an
 * unexpected byte); the caller then takes the exact path. Verify saves the
 * JSON.parse, the object graph and the re-serialisation of every event this way.
 */
export function writeCanonicalJsonb(
  text: Buffer,
  start: number,
  end: number,
  sink: ByteSink,
): boolean {
  const mark = sink.length;
  if (new JsonbTextWriter(text, end, sink).value(start) === end) return true;
  sink.truncate(mark);
  return false;
}

const UNSUPPORTED = -1;

/** A recursive descent over jsonb text; each method returns the offset after what it wrote. */
class JsonbTextWriter {
  constructor(
    private readonly text: Buffer,
    private readonly end: number,
    private readonly sink: ByteSink,
  ) {}

  value(at: number): number {
    if (at >= this.end) return UNSUPPORTED;
    const first = this.text[at];
    if (first === OPEN_BRACE) return this.object(at);
    if (first === OPEN_BRACKET) return this.array(at);
    if (first === QUOTE) return this.string(at);
    if (first === MINUS || (first >= ZERO && first <= NINE)) return this.number(at);
    return this.literal(at);
  }

  private object(at: number): number {
    const { text, sink } = this;
    sink.byte(OPEN_BRACE);
    let cursor = at + 1;
    if (text[cursor] === CLOSE_BRACE) {
      sink.byte(CLOSE_BRACE);
      return cursor + 1;
    }
    const members: Member[] = [];
    let ordered = true;
    for (;;) {
      const keyEnd = this.plainKey(cursor);
      if (keyEnd === UNSUPPORTED || text[keyEnd] !== COLON || text[keyEnd + 1] !== SPACE) {
        return UNSUPPORTED;
      }
      const member: Member = { keyStart: cursor + 1, keyEnd: keyEnd - 1, from: sink.length, to: 0 };
      sink.copy(text, cursor, keyEnd);
      sink.byte(COLON);
      cursor = this.value(keyEnd + 2);
      if (cursor === UNSUPPORTED) return UNSUPPORTED;
      member.to = sink.length;
      const previous = members[members.length - 1];
      if (previous) {
        const order = this.compareKeys(previous, member);
        if (order === 0) return UNSUPPORTED;
        if (order > 0) ordered = false;
      }
      members.push(member);
      if (text[cursor] === CLOSE_BRACE) break;
      if (text[cursor] !== COMMA || text[cursor + 1] !== SPACE) return UNSUPPORTED;
      sink.byte(COMMA);
      cursor += 2;
    }
    if (!ordered) this.reorder(members);
    sink.byte(CLOSE_BRACE);
    return cursor + 1;
  }

  /** A key of printable ASCII without escapes: its bytes sort as its UTF-16 code units. */
  private plainKey(at: number): number {
    const { text, end } = this;
    if (text[at] !== QUOTE) return UNSUPPORTED;
    for (let i = at + 1; i < end; i += 1) {
      const byte = text[i];
      if (byte === QUOTE) return i + 1;
      if (byte === BACKSLASH || byte < SPACE || byte >= 0x80) return UNSUPPORTED;
    }
    return UNSUPPORTED;
  }

  /** Bytewise order of two keys (a loop: keys are short, and Buffer.compare's call costs more). */
  private compareKeys(a: Member, b: Member): number {
    const { text } = this;
    const length = Math.min(a.keyEnd - a.keyStart, b.keyEnd - b.keyStart);
    for (let i = 0; i < length; i += 1) {
      const difference = text[a.keyStart + i] - text[b.keyStart + i];
      if (difference !== 0) return difference;
    }
    return a.keyEnd - a.keyStart - (b.keyEnd - b.keyStart);
  }

  /** Rewrites the members already written in jsonb order (length first) in key order. */
  private reorder(members: Member[]): void {
    const { sink } = this;
    const base = members[0].from;
    const written = Buffer.from(sink.bytes.subarray(base, sink.length));
    sink.truncate(base);
    const sorted = [...members].sort((a, b) => this.compareKeys(a, b));
    sorted.forEach((member, index) => {
      if (index > 0) sink.byte(COMMA);
      sink.copy(written, member.from - base, member.to - base);
    });
  }

  private array(at: number): number {
    const { text, sink } = this;
    sink.byte(OPEN_BRACKET);
    let cursor = at + 1;
    if (text[cursor] === CLOSE_BRACKET) {
      sink.byte(CLOSE_BRACKET);
      return cursor + 1;
    }
    for (;;) {
      cursor = this.value(cursor);
      if (cursor === UNSUPPORTED) return UNSUPPORTED;
      if (text[cursor] === CLOSE_BRACKET) break;
      if (text[cursor] !== COMMA || text[cursor + 1] !== SPACE) return UNSUPPORTED;
      sink.byte(COMMA);
      cursor += 2;
    }
    sink.byte(CLOSE_BRACKET);
    return cursor + 1;
  }

  /** Copied verbatim once every escape in it is one JSON.stringify would write too. */
  private string(at: number): number {
    const { text, end } = this;
    for (let i = at + 1; i < end; i += 1) {
      const byte = text[i];
      if (byte === QUOTE) {
        this.sink.copy(text, at, i + 1);
        return i + 1;
      }
      if (byte < SPACE) return UNSUPPORTED;
      if (byte === BACKSLASH) {
        const escaped = text[i + 1];
        if (SHORT_ESCAPES.has(escaped)) i += 1;
        else if (this.isControlEscape(i)) i += 5;
        else return UNSUPPORTED;
      }
    }
    return UNSUPPORTED;
  }

  /** `\u00xx` (lowercase) for a control character without a one-letter escape. */
  private isControlEscape(at: number): boolean {
    const escape = this.text.toString('latin1', at, at + 6);
    if (!/^\\u00[01][0-9a-f]$/.test(escape)) return false;
    return !SHORT_ESCAPED_CONTROLS.has(parseInt(escape.slice(2), 16));
  }

  /** PostgreSQL writes numeric as -?digits(.digits)?; JavaScript's form may differ, so re-format those. */
  private number(at: number): number {
    const { text, end } = this;
    let cursor = text[at] === MINUS ? at + 1 : at;
    const digitsStart = cursor;
    while (cursor < end && text[cursor] >= ZERO && text[cursor] <= NINE) cursor += 1;
    const digits = cursor - digitsStart;
    if (digits === 0) return UNSUPPORTED;
    let integer = true;
    if (text[cursor] === DOT) {
      integer = false;
      const fractionStart = (cursor += 1);
      while (cursor < end && text[cursor] >= ZERO && text[cursor] <= NINE) cursor += 1;
      if (cursor === fractionStart) return UNSUPPORTED;
    }
    const leadingZero = text[digitsStart] === ZERO && digits > 1;
    const negativeZero = text[at] === MINUS && digits === 1 && text[digitsStart] === ZERO;
    if (integer && digits <= EXACT_INTEGER_DIGITS && !leadingZero && !negativeZero) {
      this.sink.copy(text, at, cursor);
      return cursor;
    }
    const value = Number(text.toString('latin1', at, cursor));
    // canonicalJson refuses what JSON.parse turns into Infinity: the exact path will say so.
    if (!Number.isFinite(value)) return UNSUPPORTED;
    this.sink.text(String(value));
    return cursor;
  }

  private literal(at: number): number {
    for (const literal of LITERALS) {
      const to = at + literal.length;
      if (to <= this.end && this.text.compare(literal, 0, literal.length, at, to) === 0) {
        this.sink.copy(this.text, at, to);
        return to;
      }
    }
    return UNSUPPORTED;
  }
}

interface Member {
  /** The key's bytes inside its quotes, in the jsonb text. */
  keyStart: number;
  keyEnd: number;
  /** Where the member (key, colon, value) was written in the sink. */
  from: number;
  to: number;
}
