/**
 * Words of the in-Gmail / Outlook thread panel (`locales/<lang>/panel.json`; `reason.*` are the
 * refusal reasons of its reason picker; `pdf.*` the note on an attached PDF). The background resolves them into plain `{name}`
 * templates and sends them with the thread's context, so the content script carries neither
 * tables nor a formatter (≤ 16 KB gzip). Panel messages therefore use plain `{arguments}` only
 * (the string checks enforce it).
 */
import type { RefusalReason } from '@/utils/advisor/reasons';
import { catalogFrom, simpleTemplate } from './format';
import type { StringTable, UiLanguage } from './index';
import { createPopupT, type PopupKey } from './popup-strings';
import type en from './locales/en/panel.json';

type PanelKeyWithReasons = keyof typeof en;
/** The panel's own words; `pdf.*` are rendered by the background (utils/pdf/note.ts). */
export type PanelKey = Exclude<PanelKeyWithReasons, `reason.${string}` | `pdf.${string}`>;
export type ReasonKey = RefusalReason;

export const panelStrings = catalogFrom<PanelKeyWithReasons>(
  import.meta.glob('./locales/*/panel.json', { eager: true, import: 'default' }),
);

/** The panel's words in one language (English where a translation lacks one). */
export interface PanelWords {
  panel: StringTable<PanelKey>;
  reasons: StringTable<ReasonKey>;
  /** Stage names ("Gentle reminder") and debt-log entry names, as the popup words them. */
  stages?: Record<string, string>;
  steps?: Record<string, string>;
}

const STAGES = [
  'before_due',
  'due',
  'overdue_gentle',
  'overdue_firm',
  'negotiate',
  'final_demand',
  'handover',
] as const;
const STEPS = [
  'reminder_sent',
  'reply_received',
  'reason_recorded',
  'promise_to_pay',
  'plan_agreed',
  'payment_received',
  'dispute_opened',
  'dispute_resolved',
  'escalated',
] as const;

/** The popup's names of stages and log entries, so the panel says what the popup says. */
function popupLabels(lang: UiLanguage): Pick<PanelWords, 'stages' | 'steps'> {
  const t = createPopupT(lang);
  const table = (keys: readonly string[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}` as PopupKey)]));
  return { stages: table(STAGES, 'stage'), steps: table(STEPS, 'ev') };
}

export function panelWords(lang: UiLanguage): PanelWords {
  const panel: Record<string, string> = {};
  const reasons: Record<string, string> = {};
  for (const key of Object.keys(panelStrings.en) as PanelKeyWithReasons[]) {
    const ast = panelStrings[lang]?.[key] ?? panelStrings.en[key];
    const template = simpleTemplate(ast) ?? simpleTemplate(panelStrings.en[key]) ?? key;
    if (key.startsWith('pdf.')) continue;
    if (key.startsWith('reason.')) reasons[key.slice('reason.'.length)] = template;
    else panel[key] = template;
  }
  return { panel, reasons, ...popupLabels(lang) } as PanelWords;
}
