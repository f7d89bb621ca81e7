/**
 * People in a Gmail message header: Gmail marks every address with an `email` attribute
 * (`<span class="gD" email="anna@x.pl" name="Anna">`), whatever the UI language.
 */

/** An address shown by Gmail, with its display name when there is one. */
export interface GmailPerson {
  email: string;
  name: string | null;
}

/** The person an `[email]` element stands for, or null when it holds no address. */
export function personOf(el: Element): GmailPerson | null {
  const email = (el.getAttribute('email') ?? '').trim();
  if (!email.includes('@')) return null;
  const name = (el.getAttribute('name') || el.textContent || '').replace(/\s+/g, ' ').trim();
  return { email, name: name && name.toLowerCase() !== email.toLowerCase() ? name : null };
}

// Labels between recipients ("to me, cc: Bob", "do mnie, DW: Bob", "אל: …, עותק: …").
const BCC = /\b(bcc|udw|cci|cco|ccn)\b|скрыт|прихов|מוסתר/i;
const CC = /\b(cc|dw|kopia|kopie|kópia|cópia|copia|másolat|kopio|kopya)\b|копи|עותק|نسخة/i;

/** Recipients of one header, bucketed by the labels between them; bcc is dropped. */
export interface Recipients {
  to: GmailPerson[];
  cc: GmailPerson[];
}

/**
 * Walks `container` in document order collecting `[email]` elements; a "cc"/"bcc" label (in
 * several languages), or any "label:" after some recipients, starts the next bucket.
 * `skip` leaves out subtrees such as the sender, the body or an open reply box.
 */
export function collectRecipients(container: Element, skip: (el: Element) => boolean): Recipients {
  const buckets: GmailPerson[][] = [[], [], []];
  const seen = new Set<string>();
  let bucket = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const label = child.nodeValue ?? '';
        if (BCC.test(label)) bucket = 2;
        else if (CC.test(label)) bucket = Math.max(bucket, 1);
        else if (/:\s*$/.test(label) && buckets[bucket]?.length) bucket = Math.min(bucket + 1, 2);
        continue;
      }
      if (child.nodeType !== 1 || skip(child as Element)) continue;
      const el = child as Element;
      const person = el.hasAttribute('email') ? personOf(el) : null;
      if (!person) {
        visit(el);
        continue;
      }
      const key = `${bucket} ${person.email.toLowerCase()}`;
      if (!seen.has(key)) buckets[bucket]?.push(person);
      seen.add(key);
    }
  };
  visit(container);
  return { to: buckets[0] ?? [], cc: buckets[1] ?? [] };
}
