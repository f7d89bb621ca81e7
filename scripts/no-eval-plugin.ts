/**
 * Vite plugin: cuts, at build time, the code paths of our dependencies that evaluate strings as
 * code, load code from a computed URL or write innerHTML — paths Firmly never takes, but which
 * Mozilla's addons-linter (a static check) reports as DANGEROUS_EVAL / UNSAFE_VAR_ASSIGNMENT
 * wherever they sit in the bundle:
 * - zod's JIT probe (`allowsEval`): Firmly runs zod jitless (the probe now answers false).
 * - pdf.js: its eval probe (false, so PostScript functions are interpreted, never compiled), the
 *   PostScript compiler's `new Function`, the fake-worker and OpenJPEG fallback `import(url)`
 *   (utils/pdf/pdfjs.ts registers the worker in-thread; JPEG 2000 uses the wasm decoder), and
 *   core-js's `Function('return this')` / `Function('return require(…)')` fallbacks.
 * - Preact's `dangerouslySetInnerHTML` (banned in Firmly: ESLint's no-unsanitized rule): the
 *   assignment is replaced by an error, so using it fails loudly instead of writing HTML.
 * Each edit names the exact text it replaces; if a dependency update changes that text, the
 * build fails here instead of silently shipping the old paths (versions are pinned).
 */
import type { Plugin } from 'vite';

interface Edit {
  /** The module, by the end of its resolved path. */
  file: RegExp;
  from: string | RegExp;
  to: string;
}

const NO_EVAL = 'false';
const EDITS: Edit[] = [
  {
    file: /node_modules\/zod\/v4\/core\/util\.js$/,
    from: /const F = Function;\s*new F\(""\);\s*return true;/,
    to: 'return false;',
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/,
    from: /function isEvalSupported\(\) \{\s*try \{\s*new Function\(""\);\s*return true;/,
    to: `function isEvalSupported() {\n  try {\n    return ${NO_EVAL};`,
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/,
    from: `return Function('return require("' + name + '")')();`,
    to: 'return undefined;',
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/,
    from: "(function () { return this; })() || Function('return this')();",
    to: '(function () { return this; })();',
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/,
    from: 'return new Function("src", "srcOffset", "dest", "destOffset", compiled);',
    to: 'return null;',
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf\.worker\.mjs$/,
    from: /const mod = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*path\);/,
    to: 'const mod = await Promise.reject(new Error(`Firmly loads no code from ${path}`));',
  },
  {
    file: /node_modules\/pdfjs-dist\/legacy\/build\/pdf\.mjs$/,
    from: /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);/,
    to: 'const worker = await Promise.reject(new Error("pdf.js runs in-thread in Firmly"));',
  },
  {
    file: /node_modules\/preact\/dist\/preact\.mjs$/,
    from: '(t.innerHTML=h.__html)',
    to: '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()',
  },
];

export function noEval(): Plugin {
  return {
    name: 'firmly:no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]?.replace(/\\/g, '/') ?? '';
      const edits = EDITS.filter((e) => e.file.test(path));
      if (!edits.length) return null;
      let out = code;
      for (const edit of edits) {
        const next = out.replace(edit.from, edit.to);
        if (next === out)
          throw new Error(`firmly:no-eval: ${String(edit.from)} not found in ${id}`);
        out = next;
      }
      return { code: out, map: null };
    },
  };
}
