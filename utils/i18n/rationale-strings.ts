/**
 * The advisor's explanation ("22 days overdue. Send a gentle reminder…") in every UI language:
 * `locales/<lang>/rationale.json`. `utils/advisor/rationale.ts` renders it from the rationale
 * parts. Keys: `fact.<part key>` (what the situation is), `reason.<refusal reason>` (what the
 * client does, after `fact.reason`) and `step.<step>` (what to do). Counted phrases are ICU
 * plurals on `n`; other `{placeholders}` are the part's values.
 */
import { catalogFrom } from './format';
import type en from './locales/en/rationale.json';

export type RationaleKey = keyof typeof en;

/** The `step` values the advisor produces (what the user should do). */
type StepOf<K> = K extends `step.${infer S}` ? S : never;
export type RationaleStep = StepOf<RationaleKey>;

export const rationaleStrings = catalogFrom<RationaleKey>(
  import.meta.glob('./locales/*/rationale.json', { eager: true, import: 'default' }),
);
