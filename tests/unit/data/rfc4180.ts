/**
 * A strict RFC 4180 reader for tests: CRLF record separators, quoted fields with doubled quotes.
 * Throws on anything the RFC does not allow (a bare quote inside an unquoted field, a lone CR or LF
 * outside quotes), so a writer bug cannot hide behind a lenient parser.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] === '"') {
      let out = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i += 1;
          return out;
        }
        out += text[i];
        i += 1;
      }
    }
    let out = '';
    while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
      if (text[i] === '"') throw new Error(`bare quote at ${i}`);
      out += text[i];
      i += 1;
    }
    return out;
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}
