/** Deterministic mutations of PDF bytes for the fuzz test. */

const ascii = (s: string) => new TextEncoder().encode(s);

/** xorshift32: the same mutations on every run. */
export function prng(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const TOKENS = ['obj', 'endobj', 'stream', 'endstream', '/Length', 'xref', 'trailer', '/Type'];

export function mutate(seed: Uint8Array, rnd: () => number): Uint8Array {
  const n = seed.length;
  const at = () => Math.floor(rnd() * n);
  const bytes = seed.slice();
  switch (Math.floor(rnd() * 7)) {
    case 0: // flip random bytes
      for (let i = 0, k = 1 + Math.floor(rnd() * 40); i < k; i++)
        bytes[at()] = Math.floor(rnd() * 256);
      return bytes;
    case 1: // truncate
      return bytes.subarray(0, at());
    case 2: {
      // delete a range
      const a = at();
      return new Uint8Array([
        ...bytes.subarray(0, a),
        ...bytes.subarray(a + Math.floor(rnd() * 2000)),
      ]);
    }
    case 3: {
      // duplicate a range somewhere else
      const a = at();
      const piece = bytes.subarray(a, a + Math.floor(rnd() * 4000));
      const b = at();
      return new Uint8Array([...bytes.subarray(0, b), ...piece, ...bytes.subarray(b)]);
    }
    case 4: {
      // break a structural keyword or number
      const text = new TextDecoder('latin1').decode(bytes);
      const token = TOKENS[Math.floor(rnd() * TOKENS.length)] ?? 'obj';
      let i = -1;
      for (let k = Math.floor(rnd() * 20); k >= 0; k--) i = text.indexOf(token, i + 1);
      if (i < 0) return bytes;
      const repl = ascii(rnd() < 0.5 ? '9999999999' : token.slice(0, -1));
      return new Uint8Array([
        ...bytes.subarray(0, i),
        ...repl,
        ...bytes.subarray(i + token.length),
      ]);
    }
    case 5: // zero a block (a damaged sector)
      bytes.fill(0, at(), at() + 512);
      return bytes;
    default: {
      // garbage inserted
      const a = at();
      const junk = Uint8Array.from({ length: 1 + Math.floor(rnd() * 300) }, () =>
        Math.floor(rnd() * 256),
      );
      return new Uint8Array([...bytes.subarray(0, a), ...junk, ...bytes.subarray(a)]);
    }
  }
}
