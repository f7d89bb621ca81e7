/**
 * The contact person as the client form edits it (one name, a form of address) and as the
 * greeting needs it (given and family names, a patronymic for Russian and Ukrainian letters).
 */
import type { ClientRecord } from '@/utils/db/records';

export type Contact = NonNullable<ClientRecord['contact']>;
export type Salutation = Contact['gender'];

/**
 * "Sarah Collins" → given Sarah, family Collins; "Анна Сергеевна Ковальчук" → the middle word
 * is the patronymic. Null for an empty name: no contact, the generic greeting.
 */
export function contactFromForm(name: string, gender: Salutation): Contact | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const patronymic =
    words.length === 3 && /(вна|вич|ична|ьич|ич)$/i.test(words[1]!) ? words[1]! : null;
  return {
    name: words.join(' '),
    givenName: words.length > 1 ? words[0]! : null,
    familyName: words.length > 1 ? words[words.length - 1]! : words[0]!,
    patronymic,
    gender,
  };
}
