/** A CSV text that does not follow RFC 4180; names the line it went wrong on. */
export class MalformedCsv extends Error {
  constructor(reason: string, line: number) {
    super(`line ${line}: ${reason}`);
    this.name = 'MalformedCsv';
  }
}

/**
 * The records of an RFC 4180 CSV text: fields split on commas, records on CRLF (a bare
 * LF or CR too); a quoted field may hold commas, line breaks and doubled quotes. A final
 * line break ends the last record rather than starting an empty one.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let closed = false; // a quoted field just closed: only a separator may follow
  let line = 1;
  let openedOn = 1; // the line the current quoted field opened on
  const endField = (): void => {
    record.push(field);
    field = '';
    closed = false;
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') {
        quoted = false;
        closed = true;
      } else {
        field += char;
        if (char === '\n' || (char === '\r' && text[at + 1] !== '\n')) line++;
      }
    } else if (char === ',') {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      endField();
      records.push(record);
      record = [];
      line++;
    } else if (closed) {
      throw new MalformedCsv('a quoted field goes on after its closing quote', line);
    } else if (char === '"') {
      if (field !== '') throw new MalformedCsv('a quote inside an unquoted field', line);
      quoted = true;
      openedOn = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new MalformedCsv('a quoted field opened here is never closed', openedOn);
  if (field !== '' || closed || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
