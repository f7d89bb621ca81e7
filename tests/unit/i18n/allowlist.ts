/**
 * Words that stay the same in every language (brand and product names, codes). A message left
 * identical to English passes the string checks only if it is made of these words, placeholders,
 * numbers and punctuation.
 */
export const SAME_IN_EVERY_LANGUAGE = [
  'Firmly',
  'Gmail',
  'Outlook',
  'Stripe',
  'PayPal',
  'Wave',
  'Xero',
  'FreshBooks',
  'QuickBooks',
  'Zoho',
  'Invoice Ninja',
  'CouchDB',
  // Country names spelled the same in English and in German or French (and Spanish "Israel").
  'Ukraine',
  'Israel',
  'France',
  'IBAN',
  // The UK bank term, kept as printed on British bank details.
  'Sort code',
  'BIC',
  'SWIFT',
  'PDF',
  'JSON',
  'CSV',
  'URL',
  'HTTPS',
  'e-mail',
  'E-mail',
  'OK',
  // "(id {id})": the record's identifier, as in the file.
  'id',
] as const;
