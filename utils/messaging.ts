/**
 * The one typed protocol between Firmly's contexts (@webext-core/messaging). Types come from the
 * zod schemas in ./protocol, imported as types only: content scripts get no zod in their bundle.
 * The background validates every request against its schema (see utils/background/router.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { MessageName, RequestSchemas, Responses } from './protocol';

export type ProtocolMap = {
  [K in MessageName]: (data: z.input<RequestSchemas[K]>) => Responses[K];
};

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
