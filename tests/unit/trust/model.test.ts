import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROFILE,
  STANDING_RANK,
  judgeInvoiceEmail,
  judgeIssuer,
  judgePaymentEmail,
  listedSender,
  normalizeName,
  senderStanding,
} from '@/utils/trust/model';
import { trustProfileFrom, withApproval } from '@/utils/trust/profile';

const profile = {
  ...EMPTY_PROFILE,
  ownEmails: ['ana@studio.example'],
  billingSenders: ['invoice+statements@stripe.com', 'billing.example'],
  paymentSenders: ['@bank.example'],
  issuerNames: ['Ana Studio, s.r.o.'],
};

describe('the trust model (pure)', () => {
  it('ranks the user over own systems over the client over third parties', () => {
    expect(STANDING_RANK.user).toBeGreaterThan(STANDING_RANK.own);
    expect(STANDING_RANK.own).toBeGreaterThan(STANDING_RANK.client);
    expect(STANDING_RANK.client).toBeGreaterThan(STANDING_RANK.third_party);
    expect(senderStanding('ANA@studio.example', profile, false)).toBe('own');
    expect(senderStanding('ap@acme.example', profile, true)).toBe('client');
    expect(senderStanding('billing@attacker.example', profile, false)).toBe('third_party');
    expect(senderStanding(null, profile, true)).toBe('third_party');
  });

  it('matches senders by exact address or whole domain, never by suffix', () => {
    expect(listedSender(profile.billingSenders, 'invoice+statements@stripe.com')).toBe(true);
    expect(listedSender(profile.billingSenders, 'other@stripe.com')).toBe(false);
    expect(listedSender(profile.billingSenders, 'x@billing.example')).toBe(true);
    expect(listedSender(profile.billingSenders, 'x@evilbilling.example')).toBe(false);
    expect(listedSender(profile.paymentSenders, 'alerts@bank.example')).toBe(true);
  });

  it('books e-mail invoices only from own addresses or approved billing senders', () => {
    expect(judgeInvoiceEmail('ana@studio.example', profile).action).toBe('record');
    expect(judgeInvoiceEmail('x@billing.example', profile).action).toBe('record');
    expect(judgeInvoiceEmail('billing@attacker.example', profile)).toEqual({
      action: 'suggest',
      reason: 'unknown_billing_sender',
      approve: { list: 'billingSenders', value: 'billing@attacker.example' },
    });
    expect(judgeInvoiceEmail(null, profile)).toMatchObject({ action: 'suggest', approve: null });
  });

  it('records payments from the paying client or approved processors only', () => {
    expect(judgePaymentEmail('ap@acme.example', profile, true).action).toBe('record');
    expect(judgePaymentEmail('alerts@bank.example', profile, false).action).toBe('record');
    expect(judgePaymentEmail('noreply@attacker.example', profile, false)).toMatchObject({
      action: 'suggest',
      reason: 'unverified_payment',
    });
  });

  it('records invoice pages only when the issuer is the user (case, accents, punctuation aside)', () => {
    expect(normalizeName('Ána  Studio s.r.o.')).toBe(normalizeName('ana studio, S.R.O'));
    expect(judgeIssuer('ANA STUDIO s.r.o.', profile).action).toBe('record');
    expect(judgeIssuer('Hosting Co', profile)).toEqual({
      action: 'suggest',
      reason: 'unknown_issuer',
      approve: { list: 'approvedIssuers', value: 'Hosting Co' },
    });
    expect(judgeIssuer(null, profile)).toMatchObject({ action: 'suggest', approve: null });
  });

  it('builds the profile from settings (settings first) and remembers approvals once', () => {
    const ui = {
      ownEmails: ['ana@studio.example'],
      billingSenders: [],
      paymentSenders: [],
      approvedIssuers: ['Ana Studio'],
    };
    const p = trustProfileFrom(ui, 'Ana Studio s.r.o.', ['ANA@studio.example', 'a@gmail.com']);
    expect(p.ownEmails).toEqual(['ana@studio.example', 'a@gmail.com']);
    expect(p.issuerNames).toEqual(['Ana Studio s.r.o.', 'Ana Studio']);
    const once = withApproval(ui, { list: 'billingSenders', value: 'x@stripe.com' });
    expect(withApproval(once, { list: 'billingSenders', value: 'X@stripe.com' })).toBe(once);
    expect(once.billingSenders).toEqual(['x@stripe.com']);
  });
});
