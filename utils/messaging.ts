/**
 * The one typed protocol between Firmly's contexts. Types come from the zod schemas in
 * ./protocol, imported as types only: content scripts get no zod in their bundle. The background
 * validates every request against its schema (see utils/background/router.ts).
 *
 * Receiving (the background) uses @webext-core/messaging. Sending is these few lines on the same
 * wire format ({id, type, data, timestamp} → {res} | {err}), so the content scripts, which only
 * send, carry neither the library's receiver and logger nor its error serialiser (≈1 KB gzip of
 * the 12 KB budget, issue 17). tests/unit/messaging/validation.test.ts round-trips the two.
 */
import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import type { z } from 'zod';
import type { MessageName, RequestSchemas, Responses } from './protocol';

export type ProtocolMap = {
  [K in MessageName]: (data: z.input<RequestSchemas[K]>) => Responses[K];
};

let nextId = Math.floor(Math.random() * 10_000);

/** Sends one request to the background and resolves with its answer (rejects with its error). */
export function sendMessage<K extends MessageName>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
): Promise<GetReturnType<ProtocolMap[K]>> {
  type Reply = { res?: GetReturnType<ProtocolMap[K]>; err?: unknown } | undefined;
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  return new Promise((resolve, reject) =>
    chrome.runtime.sendMessage(message, (reply: Reply) => {
      if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
      else if (!reply) reject(new Error('No response'));
      else if (reply.err != null) reject(toError(reply.err));
      else resolve(reply.res as GetReturnType<ProtocolMap[K]>);
    }),
  );
}

/** The background's error ({name?, message}) as an Error the caller can show. */
function toError(err: unknown): Error {
  const { name, message } = (typeof err === 'object' && err) as {
    name?: unknown;
    message?: unknown;
  };
  const error = new Error(typeof message === 'string' ? message : String(err));
  if (typeof name === 'string') error.name = name;
  return error;
}

// Pure: a bundle that only sends (a content script) drops the receiver entirely.
const receiver = /* @__PURE__ */ defineExtensionMessaging<ProtocolMap>();

/** Registers the background's handler for one message type (one per type). */
export const onMessage: typeof receiver.onMessage = (type, handler) =>
  receiver.onMessage(type, handler);

/** Removes every handler (tests). */
export const removeAllListeners = (): void => receiver.removeAllListeners();
