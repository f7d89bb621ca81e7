/**
 * Turns the messages of an e-mail thread into observations for the debt log. Pure: the Gmail
 * content script passes the parsed thread, the user's own addresses and the detector.
 */
import type { DetectInput, DetectedInvoice } from '@/utils/detect';
import type { Observation } from './observation';
import { isOutlookUrl } from '@/utils/webmail/outlook/origins';
import { mergeFacts } from '@/utils/pdf/merge';

export interface ThreadPerson {
  email: string;
  name: string | null;
}
export interface ThreadMessageLike {
  messageId: string;
  from: ThreadPerson | null;
  to: ThreadPerson[];
  cc: ThreadPerson[];
  date: string | null;
  text: string;
}
export interface ThreadLike {
  threadId: string | null;
  subject: string;
  messages: ThreadMessageLike[];
}

export type MessageRole =
  /** The user wrote it: the client is a recipient. */
  | 'from_user'
  /** A billing system wrote to the client with the user in copy: the client is a recipient. */
  | 'copy_to_user'
  /** Someone wrote to the user: the client (or a supplier) is the sender. */
  | 'to_user';

/** Who the client is in a message, and how the user took part in it. */
export function counterpartyOf(
  msg: ThreadMessageLike,
  own: ReadonlySet<string>,
): { role: MessageRole; who: ThreadPerson } | null {
  const isOwn = (p: ThreadPerson) => own.has(p.email.toLowerCase());
  const from = msg.from;
  const otherRecipient = (exclude?: string) =>
    [...msg.to, ...msg.cc].find((p) => !isOwn(p) && p.email.toLowerCase() !== exclude);
  if (from && isOwn(from)) {
    const who = otherRecipient();
    return who ? { role: 'from_user', who } : null;
  }
  if (!from) return null;
  const userInTo = msg.to.some(isOwn);
  const client = msg.to.find(
    (p) => !isOwn(p) && p.email.toLowerCase() !== from.email.toLowerCase(),
  );
  if (client && (!userInTo || msg.cc.some(isOwn))) return { role: 'copy_to_user', who: client };
  return { role: 'to_user', who: from };
}

export interface ThreadObservations {
  observations: Observation[];
  /** Messages from the client that are not invoices: candidates for reply classification. */
  replies: { messageId: string; from: ThreadPerson; at: string; text: string }[];
  /** Every counterparty's address (lower-case), in order of appearance: who the thread is with. */
  emails: string[];
}

/**
 * The observation key of a message: Gmail's message id when the DOM gave one, else a stand-in
 * built from what identifies the message in its thread (re-reading yields the same key).
 */
export function messageKey(
  thread: ThreadLike,
  msg: ThreadMessageLike,
  webmail: 'gmail' | 'outlook' = 'gmail',
): string {
  if (msg.messageId) return `${webmail}:${msg.messageId}`;
  return `${webmail}:thread:${thread.threadId ?? thread.subject}:${msg.date ?? ''}:${msg.from?.email ?? ''}`;
}

/**
 * One observation per message that states an invoice, reminder or payment. Keys are the Gmail
 * message ids, so reading the thread again yields the same keys (idempotent).
 */
export function threadObservations(
  thread: ThreadLike,
  ownEmails: readonly string[],
  detect: (input: DetectInput) => DetectedInvoice,
  pageUrl: string,
  /** Facts read from messages' PDF attachments, by message id: they complete the body's. */
  pdfFacts?: ReadonlyMap<string, DetectedInvoice>,
): ThreadObservations {
  const own = new Set(ownEmails.map((e) => e.toLowerCase()));
  // The page the thread was read on says which webmail it is (keys and sources carry it).
  const webmail: 'gmail' | 'outlook' = isOutlookUrl(pageUrl) ? 'outlook' : 'gmail';
  const out: ThreadObservations = { observations: [], replies: [], emails: [] };
  const emails = new Set<string>();
  for (const msg of thread.messages) {
    const party = counterpartyOf(msg, own);
    if (party) emails.add(party.who.email.toLowerCase());
    if (!party || !msg.text || !msg.date) continue;
    const { role, who } = party;
    const said = detect({ subject: thread.subject, text: msg.text, from: msg.from?.email });
    const pdf = pdfFacts?.get(msg.messageId);
    const found = pdf ? mergeFacts(said, pdf).facts : said;
    const base = {
      key: messageKey(thread, msg, webmail),
      at: msg.date,
      counterparty: { email: who.email.toLowerCase(), name: who.name },
      source: { kind: webmail, url: pageUrl, messageId: msg.messageId || null },
      // Who wrote it decides what it may assert (utils/trust): the background judges.
      sender: msg.from?.email.toLowerCase() ?? null,
    };
    const invoice =
      found.amountMinor !== null && found.currency
        ? {
            number: found.invoiceNumber,
            amountMinor: found.amountMinor,
            currency: found.currency,
            issueDate: found.issueDate,
            dueDate: found.dueDate,
          }
        : null;
    if (role === 'to_user') {
      // Written to the user. A payment confirmation naming an invoice is a payment claim: the
      // background records it only from the client, an approved processor or bank, and keeps
      // anyone else's as "payment reported" for the user to confirm (utils/trust); anything else
      // from the other side is a reply to assess. An invoice sent *to* the user is a bill they
      // owe, not a receivable: not Firmly's business.
      if (
        found.kind === 'payment_confirmation' &&
        found.amountMinor &&
        found.currency &&
        found.invoiceNumber
      ) {
        out.observations.push({
          ...base,
          kind: 'payment',
          invoiceNumber: found.invoiceNumber,
          amountMinor: found.amountMinor,
          currency: found.currency,
          reference: null,
        });
      } else if (msg.from && msg.messageId) {
        // Without Gmail's id a reply cannot be recorded once and only once, so it is not offered.
        out.replies.push({
          messageId: msg.messageId,
          from: msg.from,
          at: msg.date,
          text: msg.text,
        });
      }
      continue;
    }
    if ((found.kind === 'invoice' || found.kind === 'reminder') && found.invoices?.length) {
      // A statement listing several invoices: one observation per invoice, each keyed by its number.
      for (const item of found.invoices) {
        if (item.amountMinor === null || !item.currency) continue;
        out.observations.push({
          ...base,
          key: `${base.key}#${item.invoiceNumber ?? ''}`,
          kind: found.kind,
          invoice: {
            number: item.invoiceNumber,
            amountMinor: item.amountMinor,
            currency: item.currency,
            issueDate: item.issueDate,
            dueDate: item.dueDate,
          },
        });
      }
    } else if (found.kind === 'invoice' && invoice) {
      out.observations.push({ ...base, kind: 'invoice', invoice });
    } else if (found.kind === 'reminder') {
      out.observations.push({ ...base, kind: 'reminder', invoice });
    } else if (found.kind === 'payment_confirmation' && found.amountMinor && found.currency) {
      // The invoice itself, already paid: the invoice is a fact too (recorded first, so the
      // payment finds it). An invoice already in the log is not booked twice (same number).
      if (found.paidInvoice && invoice?.number)
        out.observations.push({ ...base, key: `${base.key}#invoice`, kind: 'invoice', invoice });
      out.observations.push({
        ...base,
        kind: 'payment',
        invoiceNumber: found.invoiceNumber,
        amountMinor: found.amountMinor,
        currency: found.currency,
        reference: null,
      });
    }
  }
  out.emails = [...emails];
  return out;
}
