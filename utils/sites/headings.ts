/**
 * What page headings and the document title say: "Invoice # 0042 - Unpaid",
 * "Invoice 1042", "Invoice from Acme Studio", "Rechnung von Müller GmbH".
 */
import { normalizeSpace, type PageText } from './page-text';
import { statusFromText, type BadgeStatus } from './status';
import { readInvoiceNumber, readName } from './values';

/** Fields a heading can give. */
export interface HeadingFacts {
  invoiceNumber: string | null;
  issuerName: string | null;
  status: BadgeStatus | null;
}

const DOCUMENT_WORDS =
  'tax invoice|invoice|receipt|bill|rechnung|quittung|facture|reçu|factura|recibo|fattura|ricevuta|factuur|faktura|fatura';
const NUMBER_MARK = '(?:#|no\\.?|nr\\.?|n[º°]\\.?|number|nummer|numéro|número|numero|numer)';

/** "Invoice # 0042 - Unpaid": number, then optionally a status after a dash or bar. */
const NUMBERED = new RegExp(
  `^(?:${DOCUMENT_WORDS})\\s*${NUMBER_MARK}?\\s*:?\\s*(?<number>[^\\s]+)(?:\\s*[-–—|]\\s*(?<status>[^-–—|]{2,40}))?`,
  'iu',
);

/** "Invoice from Acme Studio", "Invoice 8F2C-0001 from Acme Studio". */
const FROM_ISSUER = new RegExp(
  `^(?:${DOCUMENT_WORDS})(?:\\s+${NUMBER_MARK}?\\s*\\S*\\d\\S*)?\\s+(?:from|von|de|da|van|od)\\s+(?<issuer>.{2,80})$`,
  'iu',
);

const HEADING_SELECTOR = 'h1, h2, h3, h4, [role="heading"]';

/** Reads number, issuer and status from headings (and the title), first heading that says each. */
export function readHeadings(page: PageText): HeadingFacts {
  const facts: HeadingFacts = { invoiceNumber: null, issuerName: null, status: null };
  const texts = Array.from(page.root.querySelectorAll(HEADING_SELECTOR)).map((heading) =>
    page.textOf(heading),
  );
  const title = page.root.querySelector('title');
  if (title) texts.push(normalizeSpace(title.textContent ?? ''));

  for (const text of texts) {
    if (!text || text.length > 120) continue;
    const numbered = NUMBERED.exec(text);
    const number = numbered?.groups?.number ? readInvoiceNumber(numbered.groups.number) : null;
    if (number && !facts.invoiceNumber) facts.invoiceNumber = number;
    const statusText = number ? numbered?.groups?.status : undefined;
    if (statusText && !facts.status) facts.status = statusFromText(statusText);
    const issuer = FROM_ISSUER.exec(text)?.groups?.issuer;
    if (issuer && !facts.issuerName)
      facts.issuerName = readName(issuer.replace(/\s*[-–—|].*$/, ''));
  }
  return facts;
}
