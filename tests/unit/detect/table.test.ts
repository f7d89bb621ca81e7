import { describe, expect, it } from 'vitest';
import { detectInvoice } from '@/utils/detect';
import { columnRole, findTables } from '@/utils/detect/table';
import { threadObservations } from '@/utils/ledger/from-thread';

describe('findTables', () => {
  it('reads pipe-separated rows under a header', () => {
    const t = findTables(
      'Hello\nInvoice | Date | Due date | Total | Open\nA-1 | 01.10.2026 | 15.10.2026 | 100,00 € | 100,00 €\n\nBye',
    );
    expect(t).toEqual([
      {
        header: ['Invoice', 'Date', 'Due date', 'Total', 'Open'],
        rows: [['A-1', '01.10.2026', '15.10.2026', '100,00 €', '100,00 €']],
      },
    ]);
  });
  it('reads aligned columns, placing a short row by position', () => {
    const text = [
      'Invoice     Due date      Paid        Open',
      'INV-7       2026-10-01                $120.00',
    ].join('\n');
    expect(findTables(text)[0]?.rows).toEqual([['INV-7', '2026-10-01', '', '$120.00']]);
  });
});

describe('columnRole', () => {
  it.each([
    ['Invoice', 'number'],
    ['Nr faktury', 'number'],
    ['Rechnungsnummer', 'number'],
    ['Due date', 'due'],
    ['Termin płatności', 'due'],
    ['Fälligkeit', 'due'],
    ['Date', 'issue'],
    ['Data wystawienia', 'issue'],
    ['Open', 'open'],
    ['Do zapłaty', 'open'],
    ['Offener Betrag', 'open'],
    ['Остаток', 'open'],
    ['Total', 'total'],
    ['Amount', 'total'],
  ])('%s → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });
});

const statements: Array<[string, string, string]> = [
  [
    'en pipes',
    'Overdue invoices — reminder',
    `Dear client,

the following invoices are overdue:

Invoice | Date | Due date | Total | Open
INV-101 | 01/09/2026 | 15/09/2026 | £1,200.00 | £1,200.00
INV-107 | 01/10/2026 | 15/10/2026 | £800.00 | £300.00

Please settle them.`,
  ],
  [
    'pl aligned',
    'Przypomnienie o zaległych płatnościach',
    `Dzień dobry,
przypominamy o nieopłaconych fakturach:

Nr faktury     Data wystawienia   Termin płatności   Kwota brutto    Do zapłaty
FV/1/2026      01.09.2026         15.09.2026         1 230,00 zł     1 230,00 zł
FV/7/2026      01.10.2026         15.10.2026         615,00 zł       300,00 zł
`,
  ],
  ['de html', 'Zahlungserinnerung', ''],
];

describe('statements listing several overdue invoices', () => {
  it('pipe-separated (en): one item per invoice, the open amount', () => {
    const [, subject, text] = statements[0]!;
    const d = detectInvoice({ subject, text });
    expect(d.kind).toBe('reminder');
    expect(d.invoices).toEqual([
      {
        invoiceNumber: 'INV-101',
        amountMinor: 120000,
        currency: 'GBP',
        issueDate: '2026-09-01',
        dueDate: '2026-09-15',
      },
      {
        invoiceNumber: 'INV-107',
        amountMinor: 30000,
        currency: 'GBP',
        issueDate: '2026-10-01',
        dueDate: '2026-10-15',
      },
    ]);
  });
  it('aligned columns (pl)', () => {
    const [, subject, text] = statements[1]!;
    const d = detectInvoice({ subject, text });
    expect(d.invoices?.map((i) => [i.invoiceNumber, i.amountMinor, i.currency, i.dueDate])).toEqual(
      [
        ['FV/1/2026', 123000, 'PLN', '2026-09-15'],
        ['FV/7/2026', 30000, 'PLN', '2026-10-15'],
      ],
    );
  });
  it('an HTML <table> (de)', () => {
    const html = `<p>Sehr geehrte Damen und Herren, folgende Rechnungen sind noch offen:</p>
<table><tr><th>Rechnungsnummer</th><th>Rechnungsdatum</th><th>Fällig am</th><th>Offener Betrag</th></tr>
<tr><td>RE-2026-11</td><td>02.09.2026</td><td>16.09.2026</td><td>1.190,00 €</td></tr>
<tr><td>RE-2026-19</td><td>03.10.2026</td><td>17.10.2026</td><td>595,00 €</td></tr></table>
<p>Mit freundlichen Grüßen</p>`;
    const d = detectInvoice({ subject: 'Zahlungserinnerung', text: '', html });
    expect(
      d.invoices?.map((i) => [i.invoiceNumber, i.amountMinor, i.currency, i.issueDate, i.dueDate]),
    ).toEqual([
      ['RE-2026-11', 119000, 'EUR', '2026-09-02', '2026-09-16'],
      ['RE-2026-19', 59500, 'EUR', '2026-10-03', '2026-10-17'],
    ]);
  });
  it('one invoice with an item table lists no invoices', () => {
    const d = detectInvoice({
      subject: 'Invoice INV-5',
      text: 'Invoice INV-5\nDescription | Qty | Price | Amount\nDesign | 2 | $50.00 | $100.00\nTotal: $100.00',
    });
    expect(d.invoices).toBeUndefined();
    expect(d.amountMinor).toBe(10000);
  });
  it('the ledger records each listed invoice', () => {
    const [, subject, text] = statements[0]!;
    const thread = {
      threadId: 't',
      subject,
      messages: [
        {
          messageId: 'm1',
          from: { email: 'me@studio.co.uk', name: null },
          to: [{ email: 'ap@client.co.uk', name: null }],
          cc: [],
          date: '2026-11-02T09:00:00.000Z',
          text,
        },
      ],
    };
    const { observations } = threadObservations(
      thread,
      ['me@studio.co.uk'],
      detectInvoice,
      'https://mail.google.com/',
    );
    expect(
      observations.map((o) => [o.key, o.kind, 'invoice' in o ? o.invoice?.number : null]),
    ).toEqual([
      ['gmail:m1#INV-101', 'reminder', 'INV-101'],
      ['gmail:m1#INV-107', 'reminder', 'INV-107'],
    ]);
  });
});
