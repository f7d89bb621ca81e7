/**
 * Every request between contexts, by name. Names say who talks to whom: `cs-bg:` content script →
 * background, `ui-bg:` popup/options/panel → background. Add an area by adding a file here.
 */
import { ledgerRequests, type LedgerResponses } from './ledger';
import { followupRequests, type FollowupResponses } from './followups';
import { panelRequests, type PanelResponses } from './panel';
import { sitesRequests, type SitesResponses } from './sites';
import { popupRequests, type PopupResponses } from './popup';
import { dataRequests, type DataResponses } from './data';
import { trustRequests, type TrustResponses } from './trust';
import { attachmentRequests, type AttachmentResponses } from './attachments';

export const requestSchemas = {
  ...ledgerRequests,
  ...followupRequests,
  ...panelRequests,
  ...sitesRequests,
  ...popupRequests,
  ...dataRequests,
  ...trustRequests,
  ...attachmentRequests,
} as const;

export type RequestSchemas = typeof requestSchemas;
export type MessageName = keyof RequestSchemas;
export type Responses = LedgerResponses &
  FollowupResponses &
  PanelResponses &
  SitesResponses &
  PopupResponses &
  DataResponses &
  TrustResponses &
  AttachmentResponses;
