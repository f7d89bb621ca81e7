/**
 * People in an Outlook message header. Outlook shows a persona as "Dana Lee <dana@x.example>"
 * or as a name whose address is in the element's `title`; the address is read from the title,
 * then the text, then any attribute holding one — never from label words.
 */
import type { WebmailPerson } from '../adapter';

const ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;

/** The person an element stands for, or null when no address can be read from it. */
export function personFrom(el: Element): WebmailPerson | null {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const email =
    ADDRESS.exec(el.getAttribute('title') ?? '')?.[0] ??
    ADDRESS.exec(text)?.[0] ??
    ADDRESS.exec(el.getAttribute('aria-label') ?? '')?.[0] ??
    null;
  if (!email) return null;
  // "Name <address>": drop the address and its brackets; any other text stays text.
  const at = text.toLowerCase().indexOf(email.toLowerCase());
  const rest = at < 0 ? text : text.slice(0, at) + text.slice(at + email.length);
  const name = rest.replace(/<\s*>|\(\s*\)/g, '').trim();
  return { email: email.toLowerCase(), name: name || null };
}

/** Distinct people in `scope`, in page order, from elements matching `selector`. */
export function peopleIn(scope: Element | null, selector: string): WebmailPerson[] {
  if (!scope) return [];
  const seen = new Set<string>();
  const out: WebmailPerson[] = [];
  const els = scope.matches(selector) ? [scope] : Array.from(scope.querySelectorAll(selector));
  for (const el of els) {
    const p = personFrom(el);
    if (p && !seen.has(p.email)) {
      seen.add(p.email);
      out.push(p);
    }
  }
  return out;
}
