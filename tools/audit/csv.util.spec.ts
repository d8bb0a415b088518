import { MalformedCsv, parseCsv } from './csv.util';

describe('the RFC 4180 parser of the offline verifier', () => {
  it('splits records on CRLF and fields on commas, without an empty record after the last line break', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'id,text\r\n1,"Taxi, then ""hotel""\r\nand a\nnote"\r\n2,""\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'Taxi, then "hotel"\r\nand a\nnote'],
      ['2', ''],
    ]);
  });

  it('keeps empty fields and reads a last record without a line break, and bare LF line ends', () => {
    expect(parseCsv('a,,c\n,\nx,y')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['x', 'y'],
    ]);
  });

  it.each([
    [
      'an unclosed quote',
      'a,b\r\n1,"never closed\r\n',
      'line 2: a quoted field opened here is never closed',
    ],
    [
      'text after a closing quote',
      'a\r\n"x"y\r\n',
      'line 2: a quoted field goes on after its closing quote',
    ],
    [
      'a quote inside an unquoted field',
      'a\r\nx"y\r\n',
      'line 2: a quote inside an unquoted field',
    ],
    [
      'text after a multi-line quoted field, on the line it closes',
      'a,b\r\n"one\r\ntwo" ,x\r\n',
      'line 3: a quoted field goes on after its closing quote',
    ],
  ])('refuses %s, naming the line', (_, text, message) => {
    expect(() => parseCsv(text)).toThrow(MalformedCsv);
    expect(() => parseCsv(text)).toThrow(message);
  });
});
