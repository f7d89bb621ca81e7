/**
 * Every pure parser of page and e-mail text, each with the largest input it is handed in the
 * product (its cap), so the fuzz test and the benchmark measure the same thing. DOM readers get
 * the text inside a fresh document from `makeDocument` (happy-dom in tests and benchmarks).
 */
import { classifyReply } from '@/utils/advisor/classify';
import { maskQuoted, tokenize } from '@/utils/advisor/normalize';
import { extractPromisedDate } from '@/utils/advisor/promised-date';
import { readCaptureCandidate } from '@/utils/capture/candidate';
import { readJsonLd } from '@/utils/capture/json-ld';
import { readMicrodata, readRdfa } from '@/utils/capture/html-items';
import { detectInvoice } from '@/utils/detect';
import { parseAmount } from '@/utils/detect/amount';
import { parseDate } from '@/utils/detect/dates';
import { visibleText } from '@/utils/webmail/body-text';
import { parseGmailDate } from '@/utils/webmail/date';
import { decimalToMinor, parseAmountInput } from '@/utils/money';
import { SITE_ADAPTERS } from '@/utils/sites';
import {
  inferDateOrder,
  readAmount,
  readDate,
  readEmail,
  readInvoiceNumber,
  readName,
} from '@/utils/sites/values';

export interface Parser {
  name: string;
  /** The longest input the product hands this parser (characters). */
  cap: number;
  run(text: string, makeDocument: () => Document): unknown;
}

const NOW = new Date('2026-06-01T12:00:00Z');
/** A reply is at most 20,000 characters (`cs-bg:classifyReply`). */
const REPLY_CAP = 20_000;
/** The detector reads the first 50,000 characters of a message (utils/detect MAX_TEXT). */
const MESSAGE_CAP = 50_000;
/** Page texts and field values: the review's 30,000 × "Aש". */
const PAGE_CAP = 60_000;

/** `text` as the body of a fresh document, inside `tag` (as text, never as markup). */
function inDocument(makeDocument: () => Document, text: string, tag = 'div'): Document {
  const doc = makeDocument();
  const el = doc.createElement(tag);
  el.textContent = text;
  doc.body.append(el);
  return doc;
}

export const PARSERS: Parser[] = [
  {
    name: 'detectInvoice',
    cap: MESSAGE_CAP,
    run: (t) => detectInvoice({ subject: t.slice(0, 1000), text: t }),
  },
  {
    name: 'detectInvoice (html)',
    cap: MESSAGE_CAP,
    run: (t) => detectInvoice({ subject: '', text: '', html: t }),
  },
  { name: 'classifyReply', cap: REPLY_CAP, run: (t) => classifyReply(t, NOW) },
  { name: 'extractPromisedDate', cap: REPLY_CAP, run: (t) => extractPromisedDate(t, NOW) },
  { name: 'maskQuoted', cap: REPLY_CAP, run: (t) => maskQuoted(t) },
  { name: 'tokenize', cap: REPLY_CAP, run: (t) => tokenize(t) },
  { name: 'parseAmount', cap: PAGE_CAP, run: (t) => parseAmount(t) },
  { name: 'parseDate', cap: PAGE_CAP, run: (t) => parseDate(t, 'dmy') },
  { name: 'parseAmountInput', cap: PAGE_CAP, run: (t) => parseAmountInput(t, 'EUR') },
  { name: 'decimalToMinor', cap: PAGE_CAP, run: (t) => decimalToMinor(t, 'EUR') },
  { name: 'sites readAmount', cap: PAGE_CAP, run: (t) => readAmount(t, null) },
  { name: 'sites readDate', cap: PAGE_CAP, run: (t) => readDate(t) },
  { name: 'sites readEmail', cap: PAGE_CAP, run: (t) => readEmail(t) },
  { name: 'sites readName', cap: PAGE_CAP, run: (t) => readName(t) },
  { name: 'sites readInvoiceNumber', cap: PAGE_CAP, run: (t) => readInvoiceNumber(t) },
  { name: 'sites inferDateOrder', cap: PAGE_CAP, run: (t) => inferDateOrder([t], null) },
  {
    name: 'sites readSiteInvoice (all adapters)',
    cap: PAGE_CAP,
    run: (t, makeDocument) => {
      const doc = inDocument(makeDocument, t);
      return SITE_ADAPTERS.map((a) =>
        a.parse(doc, new URL('https://invoice.stripe.com/i/acct_1/x')),
      );
    },
  },
  {
    name: 'capture readJsonLd',
    cap: PAGE_CAP,
    run: (t, makeDocument) => {
      const doc = makeDocument();
      const script = doc.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = t;
      doc.body.append(script);
      return readJsonLd(doc);
    },
  },
  {
    name: 'capture readMicrodata + readRdfa',
    cap: PAGE_CAP,
    run: (t, makeDocument) => {
      const doc = makeDocument();
      const item = doc.createElement('div');
      item.setAttribute('itemscope', '');
      item.setAttribute('itemtype', 'https://schema.org/Invoice');
      item.setAttribute('vocab', 'https://schema.org/');
      item.setAttribute('typeof', 'Invoice');
      const prop = doc.createElement('span');
      prop.setAttribute('itemprop', 'totalPaymentDue');
      prop.setAttribute('property', 'totalPaymentDue');
      prop.textContent = t;
      item.append(prop);
      doc.body.append(item);
      return [readMicrodata(doc), readRdfa(doc)];
    },
  },
  {
    name: 'capture readCaptureCandidate',
    cap: PAGE_CAP,
    run: (t, makeDocument) =>
      readCaptureCandidate(inDocument(makeDocument, t), t, t.slice(0, 200), detectInvoice),
  },
  { name: 'gmail parseGmailDate', cap: 1000, run: (t) => parseGmailDate(t) },
  {
    name: 'gmail visibleText',
    cap: 200_000,
    run: (t, makeDocument) => visibleText(inDocument(makeDocument, t, 'pre').body),
  },
];
