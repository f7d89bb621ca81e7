/**
 * The trust model: who may put what into the debt log. Pure; see docs/trust-model.md.
 *
 * Sources, ranked:
 *  1. the user (a click in Firmly's own UI, the capture dialog they confirmed);
 *  2. the user's own addresses, billing systems and payment processors they approved, and
 *     invoice pages whose issuer is the user's business (or a name they approved);
 *  3. the client (the client's own address);
 *  4. anyone else (third parties): never recorded, at most a suggestion for the user.
 *
 * Invoices (money owed to the user) need rank 2 or better. Payments (money the client paid)
 * need rank 3 or better: the client may say they paid, a stranger may not.
 */

export type Standing = 'user' | 'own' | 'client' | 'third_party';

/** Higher is more trusted. */
export const STANDING_RANK: Readonly<Record<Standing, number>> = {
  user: 3,
  own: 2,
  client: 1,
  third_party: 0,
};

/** What the user told Firmly about themselves (settings), as plain lists. */
export interface TrustProfile {
  /** The user's own addresses, lower-case. */
  ownEmails: readonly string[];
  /** Billing systems approved to send the user's invoices: addresses or domains, lower-case. */
  billingSenders: readonly string[];
  /** Payment processors and banks approved to confirm payments: addresses or domains. */
  paymentSenders: readonly string[];
  /** The user's business name (profile) and approved issuer names on invoice pages. */
  issuerNames: readonly string[];
}

export const EMPTY_PROFILE: TrustProfile = {
  ownEmails: [],
  billingSenders: [],
  paymentSenders: [],
  issuerNames: [],
};

/** Which remembered list an approval goes to. */
export type ApprovalList = 'billingSenders' | 'paymentSenders' | 'approvedIssuers';
export interface Approval {
  list: ApprovalList;
  value: string;
}

/** Why an observation waits for the user. */
export type PendingReason = 'unknown_billing_sender' | 'unverified_payment' | 'unknown_issuer';

export type Verdict =
  | { action: 'record' }
  | { action: 'suggest'; reason: PendingReason; approve: Approval | null }
  | { action: 'ignore' };

const RECORD: Verdict = { action: 'record' };

/** The domain part of an address, lower-case ('' when there is none). */
export const domainOf = (email: string): string =>
  email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** True when `email` is one of `entries` (an entry is an address or a whole domain). */
export function listedSender(entries: readonly string[], email: string | null): boolean {
  if (!email) return false;
  const address = email.trim().toLowerCase();
  const domain = domainOf(address);
  return entries.some((e) => {
    const entry = e.trim().toLowerCase().replace(/^@/, '');
    return entry === address || (!entry.includes('@') && entry === domain);
  });
}

/** Issuer names compare without case, accents, punctuation or spacing ("ACME, Inc." = "acme inc"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function listedIssuer(names: readonly string[], issuer: string | null): boolean {
  const wanted = issuer ? normalizeName(issuer) : '';
  return wanted !== '' && names.some((n) => normalizeName(n) === wanted);
}

/** The standing of an e-mail sender; `isClient` says whether the address is a known client's. */
export function senderStanding(
  email: string | null,
  profile: TrustProfile,
  isClient: boolean,
): Standing {
  if (!email) return 'third_party';
  if (listedSender(profile.ownEmails, email)) return 'own';
  return isClient ? 'client' : 'third_party';
}

/**
 * An invoice or reminder read from e-mail: booked only when the user's own address or an
 * approved billing system sent it; anything else asks (offering to remember the sender).
 */
export function judgeInvoiceEmail(sender: string | null, profile: TrustProfile): Verdict {
  if (listedSender(profile.ownEmails, sender) || listedSender(profile.billingSenders, sender))
    return RECORD;
  return {
    action: 'suggest',
    reason: 'unknown_billing_sender',
    approve: sender ? { list: 'billingSenders', value: sender.toLowerCase() } : null,
  };
}

/**
 * A payment notice read from e-mail: recorded when the user, their billing system, an approved
 * processor or bank, or the paying client's own address sent it. Otherwise "payment reported".
 */
export function judgePaymentEmail(
  sender: string | null,
  profile: TrustProfile,
  senderIsThePayer: boolean,
): Verdict {
  if (
    senderIsThePayer ||
    listedSender(profile.ownEmails, sender) ||
    listedSender(profile.billingSenders, sender) ||
    listedSender(profile.paymentSenders, sender)
  )
    return RECORD;
  return {
    action: 'suggest',
    reason: 'unverified_payment',
    approve: sender ? { list: 'paymentSenders', value: sender.toLowerCase() } : null,
  };
}

/**
 * A hosted invoice page: recorded only when its issuer is the user's business or a name they
 * approved, so bills the user pays never become money owed to them.
 */
export function judgeIssuer(issuer: string | null, profile: TrustProfile): Verdict {
  if (listedIssuer(profile.issuerNames, issuer)) return RECORD;
  return {
    action: 'suggest',
    reason: 'unknown_issuer',
    approve: issuer?.trim() ? { list: 'approvedIssuers', value: issuer.trim() } : null,
  };
}

/** The user's own word (a click in Firmly, a confirmed dialog) is always recorded. */
export const judgeUser = (): Verdict => RECORD;
