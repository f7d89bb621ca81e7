/**
 * The background distrusts senders and payloads (Dark Reader's allowlist; zod safeParse): every
 * request is checked against its schema and its sender before a handler runs. A bad request is
 * rejected with a clear error, logged, and changes nothing.
 */
import type { z } from 'zod';
import { onMessage, type ProtocolMap } from '@/utils/messaging';
import { isQuotaError, StorageFullError } from '@/utils/db/quota';
import { checkSenderPage, type SenderPolicy } from './sender-origins';
import {
  requestSchemas,
  type MessageName,
  type RequestSchemas,
  type Responses,
} from '@/utils/protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [K in MessageName]: (
    data: z.output<RequestSchemas[K]>,
    sender: SenderInfo,
  ) => Promise<Responses[K]>;
};

const log = (...args: unknown[]) => console.warn('[Firmly]', ...args);

/** Formats zod issues as one readable line: "observations.0.counterparty.email: not a valid…". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Checks that a request comes from this extension: `ui-bg:` only from extension pages,
 * `cs-bg:` only from a content script in a tab.
 */
export function checkSender(
  name: string,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): string | null {
  if (sender.id !== extensionId) return 'sender is not this extension';
  if (name.startsWith('ui-bg:') && !sender.url?.startsWith(extensionOrigin))
    return 'UI requests must come from an extension page';
  if (name.startsWith('cs-bg:') && !sender.tab)
    return 'content-script requests must come from a tab';
  return null;
}

/** Validates and dispatches; exported for tests. */
export async function dispatch<K extends MessageName>(
  name: K,
  raw: unknown,
  sender: SenderInfo,
  handlers: Handlers,
): Promise<Responses[K]> {
  const schema = requestSchemas[name] as z.ZodType;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const why = `Invalid ${name} request: ${describeIssues(parsed.error)}`;
    log(why);
    throw new Error(why);
  }
  const handler = handlers[name] as (d: unknown, s: SenderInfo) => Promise<Responses[K]>;
  try {
    return await handler(parsed.data, sender);
  } catch (error) {
    // The transaction was rolled back; say so in words the user can act on.
    if (isQuotaError(error)) {
      log(`${name}: storage full`, error);
      throw new StorageFullError(error);
    }
    throw error;
  }
}

/** Registers every handler with sender and payload checks. Returns an unregister function. */
export function registerHandlers(
  handlers: Handlers,
  identity: {
    extensionId: string;
    extensionOrigin: string;
    senderPolicy?: SenderPolicy;
    /** Called after each message is handled (answered or refused). */
    onHandled?: () => void;
  },
): () => void {
  const removers = (Object.keys(requestSchemas) as MessageName[]).map((name) =>
    onMessage(name, (async (message: { data: unknown; sender: SenderInfo }) => {
      const refusal = checkSender(
        name,
        message.sender,
        identity.extensionId,
        identity.extensionOrigin,
      );
      try {
        const pageRefusal =
          refusal ??
          (identity.senderPolicy
            ? await checkSenderPage(name, message.sender, identity.senderPolicy)
            : null);
        if (pageRefusal) {
          log(`Refused ${name}: ${pageRefusal}`);
          throw new Error(`Refused ${name}: ${pageRefusal}`);
        }
        return await dispatch(name, message.data, message.sender, handlers);
      } finally {
        identity.onHandled?.();
      }
    }) as unknown as Parameters<typeof onMessage<typeof name>>[1]),
  );
  return () => removers.forEach((remove) => remove());
}

/**
 * Answers messages whose type is not in the protocol with an error in the messaging library's
 * reply shape, so the sender gets a clear message instead of "No response".
 */
export function unknownMessageReply(message: unknown): { err: { message: string } } | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && type in requestSchemas) return undefined;
  const why = `Unknown message ${typeof type === 'string' ? `type "${type}"` : 'format'}`;
  log(why, message);
  return { err: { message: why } };
}

export type { ProtocolMap };
