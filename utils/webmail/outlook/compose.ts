/**
 * Outlook on the web's reply and compose editors, and its compose deep link
 * (`/mail/deeplink/compose?to=…&subject=…&body=…`, on the same host).
 */
import type { ComposeUrlParts } from '../adapter';
import type { OpenCompose } from '../draft';
import { querySelectorAllFirst } from '../query';
import { COMPOSE_BODY, COMPOSE_ROOT, SEND_BUTTON } from './selectors';

/** The closest ancestor of `body` that also holds a Send button: the compose's own frame. */
function frameOf(body: HTMLElement): HTMLElement {
  for (const s of COMPOSE_ROOT) {
    const root = body.closest<HTMLElement>(s);
    if (root) return root;
  }
  const send = SEND_BUTTON.join(', ');
  for (let up = body.parentElement; up && up !== body.ownerDocument.body; up = up.parentElement) {
    if (up.querySelector(send)) return up;
  }
  return body.parentElement ?? body;
}

/** The open reply or compose: the focused editor, else the last one in the page. */
export function findOutlookCompose(root: ParentNode): OpenCompose | null {
  const bodies = querySelectorAllFirst(root, COMPOSE_BODY);
  const focused = bodies[0]?.ownerDocument.activeElement;
  const body = bodies.find((b) => focused && b.contains(focused)) ?? bodies[bodies.length - 1];
  if (!body) return null;
  const container = frameOf(body);
  // The subject box of a full compose; inline replies have none (Outlook keeps "RE: …").
  const subject = container.querySelector<HTMLInputElement>("input[id$='_SUBJECT']");
  return { body, subject, to: null, container };
}

const list = (v: string | readonly string[] | undefined) =>
  (typeof v === 'string' ? [v] : (v ?? []))
    .map((s) => s.trim())
    .filter(Boolean)
    .join(',');

/** A deep link that opens Outlook's own compose prefilled, on `origin` (the current host). */
export function buildOutlookComposeUrl(
  parts: ComposeUrlParts,
  origin: string,
  mailbox: string | null = null,
): string {
  const params = new URLSearchParams({ to: list(parts.to) });
  if (list(parts.cc)) params.set('cc', list(parts.cc));
  params.set('subject', parts.subject);
  params.set('body', parts.body);
  const box = mailbox ? `${encodeURIComponent(mailbox)}/` : '';
  return `${origin}/mail/${box}deeplink/compose?${params.toString()}`;
}
