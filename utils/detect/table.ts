/**
 * Tables in text: a header row of column names, then one row of values per line. Reads the three
 * shapes they take in mail and documents: pipe-separated cells ("Invoice | Due date | Open", also
 * what `htmlToText` makes of an HTML <table>), and columns aligned with runs of spaces or tabs
 * (plain-text statements, and `pdfText`'s output for a PDF's item or invoice tables).
 */
import { findAmounts } from '@/utils/detect/amount';
import { AMOUNT_LABELS } from '@/utils/detect/amount-labels';
import { findDates, type DateOrder } from '@/utils/detect/dates';
import { INVOICE_WORDS } from '@/utils/detect/kind-cues';
import { nearestLabel } from '@/utils/detect/labels';
import { fold, vocab } from '@/utils/detect/text';

/** One cell and where it starts on its line (for aligned columns). */
interface Cell {
  text: string;
  at: number;
}

export interface Table {
  header: string[];
  /** Each row's cells, one per header column ('' where the row has none). */
  rows: string[][];
}

const MAX_LINES = 400;

/** The cells of one line, or null when it is not split into at least two cells. */
function cellsOf(line: string): { cells: Cell[]; piped: boolean } | null {
  if (line.includes('|')) {
    const cells: Cell[] = [];
    let at = 0;
    for (const part of line.split('|')) {
      const text = part.trim();
      if (text) cells.push({ text, at });
      at += part.length + 1;
    }
    return cells.length >= 2 ? { cells, piped: true } : null;
  }
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  const src = line.replace(/\t/g, '    ');
  for (let m = re.exec(src); m; m = re.exec(src)) {
    cells.push({ text: m[0], at: m.index });
  }
  return cells.length >= 2 ? { cells, piped: false } : null;
}

const isHeader = (cells: Cell[]): boolean =>
  cells.length >= 3 && cells.every((c) => !/\d{2}/.test(c.text) && c.text.length <= 40);

/** Places a row's cells under the header's columns: by index when counts match, else by position. */
function align(header: Cell[], row: Cell[], piped: boolean): string[] {
  if (row.length === header.length || piped) {
    return header.map((_, i) => row[i]?.text ?? '');
  }
  const out = header.map(() => '');
  for (const c of row) {
    // The column whose header starts nearest before (or slightly after) the cell's start.
    let best = 0;
    let bestDist = Infinity;
    header.forEach((h, i) => {
      const d = Math.abs(h.at - c.at);
      if (d < bestDist) {
        best = i;
        bestDist = d;
      }
    });
    out[best] = out[best] ? `${out[best]} ${c.text}` : c.text;
  }
  return out;
}

/** Every table of `text` with at least one value row. */
export function findTables(text: string): Table[] {
  const lines = text.split('\n', MAX_LINES);
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = cellsOf(lines[i] ?? '');
    if (!head || !isHeader(head.cells)) continue;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = cellsOf(lines[j] ?? '');
      if (!row || row.piped !== head.piped || !/\d/.test(lines[j] ?? '')) break;
      if (row.cells.length < Math.min(2, head.cells.length - 1)) break;
      rows.push(align(head.cells, row.cells, head.piped));
    }
    if (rows.length) {
      tables.push({ header: head.cells.map((c) => c.text), rows });
      i = j - 1;
    }
  }
  return tables;
}

/** What a column holds, from its header. */
export type ColumnRole = 'number' | 'issue' | 'due' | 'open' | 'total' | 'paid' | null;

const DATE_WORD = vocab(
  'date|datum|data|дата|fecha|תאריך|termin|срок|термін|scadenza|vencimiento|échéance|vervaldatum|' +
    'vencimento|fällig~|due on|vence|payable by',
);
const DUE_DATE = vocab(
  'due|fällig~|termin|срок|термін|scadenza|vencimiento|échéance|vervaldatum|vencimento|vence|' +
    'payable|zahlbar|płatn~|оплат~|сплат~|פירעון|לתשלום',
);
const NUMBER_WORD = vocab(
  INVOICE_WORDS + '|number|numer|nummer|numéro|número|numero|nr|no\\.?|№|#|מספר|ref~',
);

// "Open" as a column name (as a word in prose it says nothing about an amount).
const OPEN = vocab('open(?![\\p{L}])|unpaid|offen|ouvert|abierto|aperto|openstaand|em aberto');

/** The role of a column from its header cell (any supported language). */
export function columnRole(header: string): ColumnRole {
  const low = fold(header);
  // Compounds end in the date word: "Rechnungsdatum", "Fälligkeitsdatum", "factuurdatum".
  if (DATE_WORD.test(low) || low.includes('datum')) return DUE_DATE.test(low) ? 'due' : 'issue';
  const amount = nearestLabel(low, AMOUNT_LABELS);
  if (amount === 'due' || OPEN.test(low)) return 'open';
  if (amount === 'paid' || amount === 'payment') return 'paid';
  if (amount === 'total' || amount === 'gross') return 'total';
  if (NUMBER_WORD.test(low) || /^#|№/.test(header.trim())) return 'number';
  return null;
}

/** One invoice listed in a table row. */
export interface TableInvoice {
  invoiceNumber: string | null;
  amountMinor: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
}

/**
 * The invoices listed by the tables of `text`: one per value row of a table that has an invoice
 * number column and an amount column. The amount is the open balance when a column says so, else
 * the total. `currency` is used for cells that print none.
 */
export function tableInvoices(
  text: string,
  order: DateOrder | (() => DateOrder),
  currency: string | null,
): TableInvoice[] {
  const out: TableInvoice[] = [];
  for (const table of findTables(text)) {
    const roles = table.header.map(columnRole);
    const col = (r: ColumnRole): number => roles.indexOf(r);
    const number = col('number');
    const amountCol = col('open') >= 0 ? col('open') : col('total');
    if (number < 0 || amountCol < 0) continue;
    for (const row of table.rows) {
      const raw = (row[number] ?? '').replace(/^#\s?/, '').trim();
      const cell = row[amountCol] ?? '';
      const money = findAmounts(cell, fold(cell), true)[0];
      const date = (i: number): string | null =>
        i >= 0 ? (findDates(fold(row[i] ?? ''), order)[0]?.ymd ?? null) : null;
      if (!raw || !/\d/.test(raw) || !money) continue;
      out.push({
        invoiceNumber: raw,
        amountMinor: money.amountMinor,
        currency: money.currency ?? currency,
        issueDate: date(col('issue')),
        dueDate: date(col('due')),
      });
    }
  }
  return out;
}
