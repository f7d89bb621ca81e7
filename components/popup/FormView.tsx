/** Opens the entry form a FormSpec asks for. */
import { ClientForm } from './forms/ClientForm';
import { InvoiceForm } from './forms/InvoiceForm';
import { PaymentForm } from './forms/PaymentForm';
import { PromiseForm } from './forms/PromiseForm';
import { DisputeForm } from './forms/DisputeForm';
import { NoteForm } from './forms/NoteForm';
import { preferredCurrency, type FormSpec } from './views';
import type { UndoRef } from './context';

interface Props {
  form: FormSpec;
  /**
   * Saved: say `message`; `clientId` is the client to show next (a new client's id); `undo`
   * names the entry the toast's Undo deletes.
   */
  onDone: (message: string, clientId?: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

export function FormView({ form, onDone, onCancel }: Props) {
  if (form.kind === 'client')
    return <ClientForm client={form.client} onDone={onDone} onCancel={onCancel} />;
  const { detail } = form;
  const common = {
    clientId: detail.client.id,
    clientName: detail.client.name,
    onDone: (m: string, undo?: UndoRef) => onDone(m, undefined, undo),
    onCancel,
  };
  switch (form.kind) {
    case 'invoice':
      return (
        <InvoiceForm
          {...common}
          siblings={detail.invoices}
          invoice={form.invoice}
          defaultCurrency={preferredCurrency(detail)}
        />
      );
    case 'payment':
      return (
        <PaymentForm
          {...common}
          invoices={detail.invoices}
          invoiceId={form.invoiceId}
          defaultCurrency={preferredCurrency(detail)}
        />
      );
    case 'promise':
      return <PromiseForm {...common} defaultCurrency={preferredCurrency(detail)} />;
    case 'dispute':
      return <DisputeForm {...common} invoices={detail.invoices} invoiceId={form.invoiceId} />;
    case 'note':
      return <NoteForm {...common} />;
  }
}
