/** Why a PDF could not be read, with the sentence the UI shows (the user then types the fields). */
export type PdfProblem = 'encrypted' | 'no_text' | 'malformed' | 'too_large' | 'timeout';

export const PDF_PROBLEM_MESSAGES: Record<PdfProblem, string> = {
  encrypted: 'this PDF is password-protected; enter the amount',
  no_text: 'this PDF has no text layer; enter the amount',
  malformed: 'this PDF is damaged or not a PDF; enter the amount',
  too_large: 'this PDF is too large to read; enter the amount',
  timeout: 'this PDF took too long to read; enter the amount',
};

/** Thrown by `pdfText`: a known reason and a clear message. */
export class PdfReadError extends Error {
  constructor(readonly problem: PdfProblem) {
    super(PDF_PROBLEM_MESSAGES[problem]);
    this.name = 'PdfReadError';
  }
}
