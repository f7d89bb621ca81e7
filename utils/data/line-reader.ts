/**
 * Reads a Blob line by line in fixed-size slices, so a file of any size is never one string.
 * Uses only `Blob.slice` + `arrayBuffer`, which every browser (and Node) has. Lines already read
 * come out synchronously (`take`); only `fill` waits, once per slice, so a caller inside an
 * IndexedDB transaction keeps it alive once per slice rather than once per line.
 */
const SLICE = 4 * 1024 * 1024;

export class BlobLines {
  private offset = 0;
  private buffered = '';
  /** Where the next line starts in `buffered` (avoids re-copying the slice per line). */
  private pos = 0;
  private readonly decoder = new TextDecoder();
  private ended = false;
  /** 1-based number of the line last returned. */
  line = 0;

  constructor(private readonly blob: Blob) {}

  /** The next complete line, null at the end of the file, undefined when `fill` is needed. */
  take(): string | null | undefined {
    const nl = this.buffered.indexOf('\n', this.pos);
    if (nl >= 0) {
      const text = this.buffered.slice(this.pos, nl);
      this.pos = nl + 1;
      this.line += 1;
      return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
    if (!this.ended) return undefined;
    const rest = this.buffered.slice(this.pos);
    this.buffered = '';
    this.pos = 0;
    if (!rest) return null;
    this.line += 1;
    return rest;
  }

  /** Reads the next slice of the file. */
  async fill(): Promise<void> {
    this.buffered = this.buffered.slice(this.pos);
    this.pos = 0;
    if (this.offset >= this.blob.size) {
      this.buffered += this.decoder.decode();
      this.ended = true;
      return;
    }
    const bytes = await this.blob.slice(this.offset, this.offset + SLICE).arrayBuffer();
    this.offset += SLICE;
    this.buffered += this.decoder.decode(new Uint8Array(bytes), { stream: true });
  }

  /** The next line, reading as much as needed. */
  async next(): Promise<string | null> {
    for (;;) {
      const line = this.take();
      if (line !== undefined) return line;
      await this.fill();
    }
  }
}
