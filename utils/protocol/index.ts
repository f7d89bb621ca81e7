/**
 * Every request between contexts, by name. Names say who talks to whom: `cs-bg:` content script →
 * background, `ui-bg:` popup/options/panel → background. Add an area by adding a file here.
 */
import { ledgerRequests, type LedgerResponses } from './ledger';

export const requestSchemas = { ...ledgerRequests } as const;

export type RequestSchemas = typeof requestSchemas;
export type MessageName = keyof RequestSchemas;
export type Responses = LedgerResponses;
