/**
 * Firmly's advisor: reads why a client has not paid (classifyReply) and proposes the next
 * polite-but-firm step (suggestNextStep). Plain TypeScript, no extension globals, runnable in Node.
 */
export {
  classifyReply,
  scoreReply,
  type ReplyClassification,
  type ReasonScore,
} from '@/utils/advisor/classify';
export { extractPromisedDate, type PromisedDate } from '@/utils/advisor/promised-date';
export { REFUSAL_REASONS, type RefusalReason } from '@/utils/advisor/reasons';
export { renderRationale } from '@/utils/advisor/rationale';
export {
  advisorSettingsSchema,
  defaultAdvisorSettings,
  messageTemplateSchema,
  type AdvisorSettings,
} from '@/utils/advisor/settings';
export { suggestNextStep, toneFor } from '@/utils/advisor/suggest';
export {
  STAGES,
  type Channel,
  type ClientState,
  type RationaleKey,
  type RationalePart,
  type ReasonSource,
  type Stage,
  type SuggestedAction,
  type Suggestion,
  type SuggestionInvoice,
  type Tone,
} from '@/utils/advisor/types';
