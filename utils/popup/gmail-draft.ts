/** The Gmail compose URL that opens a suggested message as a draft in a new tab. */

export interface Draft {
  to: readonly string[];
  subject: string;
  body: string;
}

/**
 * `https://mail.google.com/mail/u/0/?view=cm&fs=1&to=…&su=…&body=…`. Values are percent-encoded
 * (spaces as %20, not "+", which Gmail would show literally in some fields).
 */
export function gmailDraftUrl(draft: Draft, accountIndex = 0): string {
  const params: [string, string][] = [
    ['view', 'cm'],
    ['fs', '1'],
    ['to', draft.to.join(',')],
    ['su', draft.subject],
    ['body', draft.body],
  ];
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `https://mail.google.com/mail/u/${accountIndex}/?${query}`;
}
