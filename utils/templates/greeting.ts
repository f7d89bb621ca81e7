/**
 * How a letter addresses the client's contact person, in each language's business form:
 * "Dear Ms Collins", "Szanowna Pani Anno", "Уважаемая Анна Сергеевна", "Sehr geehrte Frau
 * Collins", "Estimada Sra. López". A case form (Polish and Ukrainian vocative) is used only where
 * a regular rule forms it correctly; otherwise the letter uses the form that needs no case
 * ("Szanowna Pani", "Шановна пані Ковальчук"). Without a contact, the generic greeting.
 */
import type { MessageLanguage } from '@/utils/templates/catalog';

export interface Contact {
  /** Full name as the user typed it. */
  name: string;
  givenName: string | null;
  familyName: string | null;
  patronymic: string | null;
  gender: 'female' | 'male' | 'unspecified';
}

export interface Address {
  /** Opening line of a friendly message, with its punctuation. */
  greeting: string;
  /** Opening line of a formal letter (demand, notice), with its punctuation. */
  formalGreeting: string;
  /** The contact in an attention line ("Ms Sarah Collins", Spanish "del Sr. López"); may be empty. */
  contactAttn: string;
  /** The address inside a closing formula (French "Madame" / "Monsieur" / "Madame, Monsieur"). */
  formalAddress: string;
}

const clean = (s: string | null | undefined): string => (s ?? '').trim();

/** Polish vocative of a female given name ending in -a (Anna → Anno, Maria → Mario); else null. */
export function polishFemaleVocative(given: string): string | null {
  return /^[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*a$/.test(given) ? `${given.slice(0, -1)}o` : null;
}

/** Ukrainian vocative of a female given name (Анна → Анно, Марія → Маріє); else null. */
export function ukrainianFemaleVocative(given: string): string | null {
  if (!/^[А-ЯІЇЄҐ][а-яіїєґ'’]*$/.test(given)) return null;
  if (/[іи]я$/.test(given)) return `${given.slice(0, -1)}є`;
  if (/[бвгґджзклмнпрстфхцчшщ]а$/.test(given)) return `${given.slice(0, -1)}о`;
  return null;
}

/** Ukrainian vocative of a female patronymic (Петрівна → Петрівно); else null. */
function ukrainianPatronymicVocative(patronymic: string): string | null {
  return /[іï]вна$/.test(patronymic) ? `${patronymic.slice(0, -1)}о` : null;
}

type Builder = (c: Contact | null) => Address;

const BUILDERS: Record<MessageLanguage, Builder> = {
  en: (c) => {
    const fam = clean(c?.familyName);
    const titled =
      c && fam && c.gender !== 'unspecified' ? `${c.gender === 'female' ? 'Ms' : 'Mr'} ${fam}` : '';
    const who = titled || clean(c?.name);
    return {
      greeting: who ? `Dear ${who},` : 'Hello,',
      formalGreeting: who ? `Dear ${who},` : 'Dear Sir or Madam,',
      contactAttn: c ? (titled ? `${titled.split(' ')[0]} ${c.name}` : c.name) : '',
      formalAddress: '',
    };
  },
  pl: (c) => {
    const given = clean(c?.givenName);
    const voc = c?.gender === 'female' && given ? polishFemaleVocative(given) : null;
    const formal =
      c?.gender === 'female' ? 'Szanowna Pani,' : c?.gender === 'male' ? 'Szanowny Panie,' : '';
    return {
      greeting: voc ? `Szanowna Pani ${voc},` : formal || 'Dzień dobry,',
      formalGreeting: formal || 'Szanowni Państwo,',
      contactAttn: c?.name ?? '',
      formalAddress: '',
    };
  },
  ru: (c) => {
    const given = clean(c?.givenName);
    const pat = clean(c?.patronymic);
    const fam = clean(c?.familyName);
    const g = c?.gender;
    const adj = g === 'female' ? 'Уважаемая' : g === 'male' ? 'Уважаемый' : '';
    let line = '';
    if (c && given && pat)
      line = adj ? `${adj} ${given} ${pat}!` : `Здравствуйте, ${given} ${pat}!`;
    else if (c && fam && adj) line = `${adj} ${g === 'female' ? 'госпожа' : 'господин'} ${fam}!`;
    else if (c) line = `Здравствуйте, ${c.name}!`;
    return {
      greeting: line || 'Добрый день!',
      formalGreeting: line || 'Уважаемые коллеги!',
      contactAttn: c?.name ?? '',
      formalAddress: '',
    };
  },
  uk: (c) => {
    const given = clean(c?.givenName);
    const pat = clean(c?.patronymic);
    const fam = clean(c?.familyName);
    let line = '';
    if (c?.gender === 'female') {
      const gv = given ? ukrainianFemaleVocative(given) : null;
      const pv = pat ? ukrainianPatronymicVocative(pat) : null;
      if (gv && pv) line = `Шановна ${gv} ${pv}!`;
      else if (gv) line = `Шановна пані ${gv}!`;
      else if (fam) line = `Шановна пані ${fam}!`;
      else line = 'Шановна пані!';
    } else if (c?.gender === 'male') {
      // Male names and surnames change in the vocative by several patterns: no name is safer.
      line = 'Шановний пане!';
    }
    return {
      greeting: line || 'Добрий день!',
      formalGreeting: line || 'Шановні пані та панове!',
      contactAttn: c?.name ?? '',
      formalAddress: '',
    };
  },
  he: (c) => {
    const given = clean(c?.givenName);
    const fam = clean(c?.familyName);
    const g = c?.gender;
    const formal =
      c && fam && g === 'female'
        ? `גב' ${fam} הנכבדה,`
        : c && fam && g === 'male'
          ? `מר ${fam} הנכבד,`
          : '';
    const titled = g === 'female' ? `גב' ${c?.name}` : g === 'male' ? `מר ${c?.name}` : c?.name;
    return {
      greeting: c ? `שלום ${given || c.name},` : 'שלום רב,',
      formalGreeting: formal || (c ? `שלום רב ל${c.name},` : 'שלום רב,'),
      contactAttn: titled ?? '',
      formalAddress: '',
    };
  },
  de: (c) => {
    const fam = clean(c?.familyName);
    const g = c?.gender;
    const titled =
      c && fam && g !== 'unspecified' ? `${g === 'female' ? 'Frau' : 'Herr'} ${fam}` : '';
    const formal = titled
      ? `Sehr geehrte${g === 'female' ? '' : 'r'} ${titled},`
      : c
        ? `Guten Tag ${c.name},`
        : 'Sehr geehrte Damen und Herren,';
    return {
      greeting: titled ? `Guten Tag ${titled},` : c ? `Guten Tag ${c.name},` : 'Guten Tag,',
      formalGreeting: formal,
      contactAttn: c ? (titled ? `${titled.split(' ')[0]} ${c.name}` : c.name) : '',
      formalAddress: '',
    };
  },
  fr: (c) => {
    const fam = clean(c?.familyName);
    const g = c?.gender;
    const civ = g === 'female' ? 'Madame' : g === 'male' ? 'Monsieur' : '';
    return {
      greeting: c && civ && fam ? `Bonjour ${civ} ${fam},` : c ? `Bonjour ${c.name},` : 'Bonjour,',
      // French letters open with the civility alone ("Madame,"), never with the name.
      formalGreeting: civ ? `${civ},` : 'Madame, Monsieur,',
      contactAttn: c ? (civ ? `${civ} ${c.name}` : c.name) : '',
      formalAddress: civ || 'Madame, Monsieur',
    };
  },
  es: (c) => {
    const fam = clean(c?.familyName);
    const g = c?.gender;
    const titled =
      c && fam && g !== 'unspecified' ? `${g === 'female' ? 'Sra.' : 'Sr.'} ${fam}` : '';
    const line = titled
      ? `${g === 'female' ? 'Estimada' : 'Estimado'} ${titled}:`
      : c
        ? `Buenos días, ${c.name}:`
        : '';
    return {
      greeting: line || 'Buenos días:',
      formalGreeting: line || 'Estimados señores:',
      // "A la atención de la Sra. López" / "del Sr. López" (de + el contracts).
      contactAttn: c
        ? titled
          ? `${g === 'female' ? 'de la' : 'del'} ${titled}`
          : `de ${c.name}`
        : '',
      formalAddress: '',
    };
  },
};

/** The greeting lines and attention forms for `contact` (null: generic) in `lang`. */
export function addressFor(contact: Contact | null | undefined, lang: MessageLanguage): Address {
  const c = contact && contact.name.trim() ? contact : null;
  return BUILDERS[lang](c);
}
