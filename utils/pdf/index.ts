/**
 * PDF text in reading order, for invoices attached to e-mails and picked by the user: pdf.js
 * parses, `layout.ts` rebuilds the lines. Runs in Node and in the background; never in a content
 * script (it weighs ~530 KB gzip).
 */
import { getDocument, InvalidPDFException } from '@/utils/pdf/pdfjs';
import { pageText, type TextRun } from '@/utils/pdf/layout';
import { PdfReadError } from '@/utils/pdf/errors';

export { PdfReadError, PDF_PROBLEM_MESSAGES, type PdfProblem } from '@/utils/pdf/errors';

/** Attachments above this are not read (an invoice is rarely over 1 MB). */
export const MAX_PDF_BYTES = 15 * 1024 * 1024;
// An invoice's facts are on its first pages; the caps keep a hostile file cheap.
const MAX_PAGES = 20;
const MAX_CHARS = 200_000;
// Past this, reading stops: the pages read so far are kept (an invoice's facts are on its first
// page), or the PDF is reported as too slow. A damaged file must not hold the background longer.
const TIMEOUT_MS = 1_800;

interface PdfItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toRun(item: PdfItem): TextRun | null {
  const t = item.transform;
  if (typeof item.str !== 'string' || !t || t.length < 6) return null;
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (item.height ?? 0);
  return { str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width ?? 0, size };
}

/** Starts reading; `cancel` stops pdf.js (its in-thread worker) when the caller gives up. */
function readPages(bytes: Uint8Array): {
  pages: Promise<string[]>;
  done: string[];
  cancel: () => void;
} {
  const task = getDocument({
    // pdf.js may take ownership of the buffer: give it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let cancelled = false;
  const done: string[] = [];
  const cancel = (): void => {
    cancelled = true;
    void task.destroy().catch(() => undefined);
  };
  const pages = (async () => {
    try {
      const doc = await task.promise;
      const out = done;
      let chars = 0;
      for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES) && chars < MAX_CHARS; n++) {
        if (cancelled) break;
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const runs = (content.items as PdfItem[]).map(toRun).filter((r) => r !== null);
        const text = pageText(runs);
        chars += text.length;
        out.push(text);
        page.cleanup();
      }
      return out;
    } finally {
      cancel();
    }
  })();
  return { pages, done, cancel };
}

function problemOf(e: unknown): PdfReadError {
  if (e instanceof PdfReadError) return e;
  // pdf.js does not export its PasswordException class.
  if (e instanceof Error && e.name === 'PasswordException') return new PdfReadError('encrypted');
  if (e instanceof InvalidPDFException) return new PdfReadError('malformed');
  return new PdfReadError('malformed');
}

/**
 * The document's text: lines in reading order, one visual line per line, table cells separated
 * by at least two spaces, pages joined in order (blank line between pages), Hebrew lines in
 * logical order. Throws a `PdfReadError` (encrypted, no text layer, damaged, too large, too slow).
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new PdfReadError('malformed');
  if (bytes.length > MAX_PDF_BYTES) throw new PdfReadError('too_large');
  const reading = readPages(bytes);
  // Whoever loses the race below must not surface as an unhandled rejection.
  reading.pages.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string[]>((resolve, reject) => {
    timer = setTimeout(() => {
      reading.cancel();
      if (reading.done.length) resolve([...reading.done]);
      else reject(new PdfReadError('timeout'));
    }, TIMEOUT_MS);
  });
  try {
    const pages = await Promise.race([reading.pages, timeout]);
    const text = pages.join('\n\n').slice(0, MAX_CHARS);
    if (!/[\p{L}\p{N}]/u.test(text)) throw new PdfReadError('no_text');
    return text;
  } catch (e) {
    throw problemOf(e);
  } finally {
    clearTimeout(timer);
  }
}
