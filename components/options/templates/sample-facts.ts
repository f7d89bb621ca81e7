/**
 * A believable sample case for the template preview, in each message language: a local-sounding
 * client, the currency such a client would pay in, dates around today, and the user's own
 * profile, payment details and legal preset, so the preview shows what the client would read.
 */
import { addDays, computeLegalClaim, localIsoDate, type LegalSettings } from '@/utils/legal';
import type { MessageLanguage } from '@/utils/templates/catalog';
import type { MessageFacts } from '@/utils/templates';

interface Sample {
  client: string;
  contact: string;
  currency: string;
  /** Invoice amount in minor units. */
  amountMinor: number;
  number: string;
  correctedNote: string;
}

const SAMPLES: Record<MessageLanguage, Sample> = {
  en: {
    client: 'Northwind Studio Ltd',
    contact: 'Alex Morgan',
    currency: 'GBP',
    amountMinor: 240000,
    number: 'INV-2026-042',
    correctedNote: 'The VAT number is now correct.',
  },
  pl: {
    client: 'Północ Studio sp. z o.o.',
    contact: 'Anna Kowalska',
    currency: 'PLN',
    amountMinor: 984000,
    number: 'FV/2026/11/042',
    correctedNote: 'Poprawiono NIP nabywcy.',
  },
  ru: {
    client: 'ООО «Норд Студия»',
    contact: 'Анна Смирнова',
    currency: 'EUR',
    amountMinor: 240000,
    number: '2026-042',
    correctedNote: 'Исправлены реквизиты покупателя.',
  },
  uk: {
    client: 'ТОВ «Північ Студіо»',
    contact: 'Олена Коваль',
    currency: 'EUR',
    amountMinor: 240000,
    number: '2026-042',
    correctedNote: 'Виправлено реквізити покупця.',
  },
  he: {
    client: 'סטודיו צפון בע״מ',
    contact: 'דנה לוי',
    currency: 'ILS',
    amountMinor: 960000,
    number: '2026-042',
    correctedNote: 'מספר העוסק תוקן.',
  },
  de: {
    client: 'Nordwind Studio GmbH',
    contact: 'Julia Schneider',
    currency: 'EUR',
    amountMinor: 240000,
    number: 'RE-2026-042',
    correctedNote: 'Die USt-IdNr. wurde korrigiert.',
  },
  fr: {
    client: 'Studio Nordvent SARL',
    contact: 'Claire Martin',
    currency: 'EUR',
    amountMinor: 240000,
    number: 'F-2026-042',
    correctedNote: 'Le numéro de TVA a été corrigé.',
  },
  es: {
    client: 'Estudio Norte S.L.',
    contact: 'Lucía García',
    currency: 'EUR',
    amountMinor: 240000,
    number: 'F-2026-042',
    correctedNote: 'Se ha corregido el NIF del cliente.',
  },
};

/** What the user has entered elsewhere on the page. */
export interface PreviewProfile {
  senderName: string;
  businessName: string;
  signature: string;
  paymentDetails: string;
  legal: LegalSettings;
}

const OVERDUE_DAYS = 21;

/** The sample case for `lang` as of `now`: 21 days overdue, a third already paid. */
export function sampleFacts(
  lang: MessageLanguage,
  profile: PreviewProfile,
  now: Date,
): MessageFacts {
  const s = SAMPLES[lang];
  const today = localIsoDate(now);
  const dueDate = addDays(today, -OVERDUE_DAYS);
  const paid = Math.round(s.amountMinor / 3);
  const due = s.amountMinor - paid;
  const money = (amountMinor: number) => ({ amountMinor, currency: s.currency });
  const thirds = [Math.floor(due / 3), Math.floor(due / 3), due - 2 * Math.floor(due / 3)];
  const legal =
    profile.legal.presetId === 'none'
      ? null
      : computeLegalClaim(
          [
            {
              invoiceId: 'sample',
              number: s.number,
              currency: s.currency,
              invoiceAmountMinor: s.amountMinor,
              outstandingMinor: due,
              dueDate,
            },
          ],
          today,
          profile.legal,
        );
  return {
    clientName: s.client,
    contactName: s.contact,
    senderName: profile.senderName,
    businessName: profile.businessName,
    signature: profile.signature,
    paymentDetails: profile.paymentDetails,
    invoices: [
      {
        number: s.number,
        due: money(due),
        invoiced: money(s.amountMinor),
        paid: money(paid),
        issueDate: addDays(dueDate, -14),
        dueDate,
      },
    ],
    daysOverdue: OVERDUE_DAYS,
    promisedDate: addDays(today, 5),
    instalments: thirds.map((amount, i) => ({
      dueDate: addDays(today, 7 + 30 * i),
      amount: money(amount),
    })),
    discount: {
      percent: 3,
      amounts: [money(due - Math.round((due * 3) / 100))],
      deadline: addDays(today, 7),
    },
    deadline: addDays(today, 7),
    legal,
    correctedNote: s.correctedNote,
  };
}
