/** User preferences that are not about messages (those live with the advisor's settings). */
import { z } from 'zod';
import { UI_LANGUAGES } from '@/utils/i18n';

export const uiSettingsSchema = z.object({
  /** 'auto' follows the browser language. */
  uiLanguage: z.enum(['auto', ...UI_LANGUAGES]).default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  /** Show the thread panel in Gmail. */
  gmailPanel: z.boolean().default(true),
  /** The user's own addresses, so Firmly knows which side of a thread is the client. */
  ownEmails: z.array(z.string().trim().toLowerCase().max(320).email()).max(20).default([]),
  /** Domains whose mail is never a client ("Not a client" in the panel). */
  ignoredDomains: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(500).default([]),
  /**
   * Trust model (docs/trust-model.md), learned when the user confirms a suggestion with
   * "always trust": billing systems that send the user's invoices, processors and banks that
   * confirm payments (addresses or domains), and issuer names on invoice pages that are the user.
   */
  billingSenders: z.array(z.string().trim().toLowerCase().min(3).max(254)).max(200).default([]),
  paymentSenders: z.array(z.string().trim().toLowerCase().min(3).max(254)).max(200).default([]),
  approvedIssuers: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
});
export type UiSettings = z.infer<typeof uiSettingsSchema>;
export const defaultUiSettings: UiSettings = uiSettingsSchema.parse({});
