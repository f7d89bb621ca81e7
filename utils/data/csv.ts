/**
 * CSV per RFC 4180 (comma-separated, CRLF line breaks, fields with a comma, quote or line break
 * enclosed in double quotes, quotes doubled), safe to open in a spreadsheet: a cell that starts
 * with a formula character is prefixed with an apostrophe so it is shown, never evaluated
 * (OWASP "CSV injection").
 */

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole table: a header row, then one row per record, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
