/**
 * Checks an import beyond each record's own schema (issue 11, finding 12): every address belongs
 * to one client only, and each client's summary says what its invoices say (the open items and
 * balances the debt log would compute), so a hand-edited or forged file cannot restore a balance
 * the invoices do not back.
 */
import { nextSummary } from '@/utils/ledger/summary';
import type { InvoiceRecord } from '@/utils/db/records';
import type { StoreContents } from './format';
import type { ImportProblem } from './problems';

/** Problems found, in file order. */
export function consistencyProblems(stores: StoreContents): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const owner = new Map<string, string>();
  stores.clients.forEach((client, index) => {
    for (const email of client.emails) {
      const other = owner.get(email);
      if (other && other !== client.id)
        problems.push({
          code: 'invalid-record',
          store: 'clients',
          index,
          id: client.id,
          field: 'emails',
          detail: `the address ${email} already belongs to client ${other}`,
        });
      else owner.set(email, client.id);
    }
  });

  const invoicesOf = new Map<string, InvoiceRecord[]>();
  for (const inv of stores.invoices)
    invoicesOf.set(inv.clientId, [...(invoicesOf.get(inv.clientId) ?? []), inv]);
  stores.summaries.forEach((summary, index) => {
    let expected;
    try {
      expected = nextSummary(
        summary,
        invoicesOf.get(summary.clientId) ?? [],
        null,
        summary.updatedAt,
      );
    } catch (e) {
      problems.push(summaryProblem(index, summary.clientId, 'balances', String(e)));
      return;
    }
    const items = (s: typeof summary) =>
      JSON.stringify(
        s.open
          .map((o) => [o.invoiceId, o.currency, o.remainingMinor, o.dueDate, o.disputed])
          .sort(),
      );
    if (items(expected) !== items(summary))
      problems.push(
        summaryProblem(
          index,
          summary.clientId,
          'open',
          "the open items do not match the client's invoices",
        ),
      );
    const balances = (b: Record<string, number>) =>
      JSON.stringify(
        Object.entries(b)
          .filter(([, v]) => v !== 0)
          .sort(),
      );
    if (balances(expected.balances) !== balances(summary.balances))
      problems.push(
        summaryProblem(
          index,
          summary.clientId,
          'balances',
          "the balances do not match the client's invoices and credits",
        ),
      );
  });
  return problems;
}

function summaryProblem(
  index: number,
  clientId: string,
  field: string,
  detail: string,
): ImportProblem {
  return { code: 'invalid-record', store: 'summaries', index, id: clientId, field, detail };
}
