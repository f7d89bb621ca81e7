/**
 * One-off: converts the old TypeScript string tables (`utils/i18n/*-strings.ts`) into ICU
 * MessageFormat JSON files, `utils/i18n/locales/<lang>/<area>.json`. Kept so the lead can port
 * strings that other branches add to the old tables before they are deleted:
 *   npx tsx scripts/convert-i18n-tables.ts <old-tables-dir> [<output-dir, default utils/i18n/locales>]
 * Plural families (`key.one`, `key.few`… or `key_one`…) collapse into one key with an ICU plural
 * on the count; literal braces, `#` in plural branches and apostrophes before them are escaped.
 * Every message is checked: it must parse, and format exactly like the old table did.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { IntlMessageFormat } from 'intl-messageformat';

type Table = Record<string, string>;
type Tables = Record<string, Partial<Table> | undefined>;

const LANGS = ['en', 'pl', 'ru', 'he'] as const;
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_KEY = /^(.*)[._](zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{(\w+)\}/g;

const dir = resolve(process.argv[2] ?? 'utils/i18n');
const outDir = resolve(process.argv[3] ?? 'utils/i18n/locales');

/** Escapes a literal run of text for ICU (`inPlural`: `#` is special there). */
function escapeLiteral(text: string, nextIsArgument: boolean, inPlural: boolean): string {
  const special = inPlural ? /[{}#]/ : /[{}]/;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const next = text[i + 1];
    if (c === "'") {
      const quoteOpens =
        next === undefined ? nextIsArgument : special.test(next) || next === "'" || next === '|';
      out += quoteOpens ? "''" : "'";
    } else if (special.test(c)) {
      // A run of special characters is quoted as one ('{{'), since '' would be an apostrophe.
      let run = c;
      while (i + 1 < text.length && special.test(text[i + 1] ?? '')) run += text[++i];
      out += `'${run}'`;
    } else {
      out += c;
    }
  }
  return out;
}

/** The old `{name}` template as ICU; inside plurals `{count}` becomes `#`. */
function toIcu(template: string, inPlural = false, count?: string): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out += escapeLiteral(template.slice(last, m.index), true, inPlural);
    out += inPlural && m[1] === count ? '#' : `{${m[1]}}`;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + escapeLiteral(template.slice(last), false, inPlural);
}

/** Groups `base.one/base.other…` into families; returns base → category → key. */
function families(en: Table): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const key of Object.keys(en)) {
    const m = PLURAL_KEY.exec(key);
    if (!m?.[1] || !m[2]) continue;
    if (!(`${m[1]}.other` in en) && !(`${m[1]}_other` in en)) continue;
    const forms = found.get(m[1]) ?? new Map<string, string>();
    forms.set(m[2], key);
    found.set(m[1], forms);
  }
  return found;
}

/** Every old counted phrase was chosen by `n` (even those that do not show it). */
function countArgument(_forms: string[]): string {
  return 'n';
}

/** One language's flat table as ICU messages, with its plural families collapsed. */
function convert(en: Table, table: Partial<Table>, lang: string): Table {
  const fam = families(en);
  const rules = new Intl.PluralRules(lang);
  const categories = new Set<string>(rules.resolvedOptions().pluralCategories);
  const out: Table = {};
  for (const key of Object.keys(en)) {
    const m = PLURAL_KEY.exec(key);
    const base = m?.[1];
    if (base && fam.has(base)) {
      if (out[base] !== undefined || m?.[2] !== 'other') {
        // Emitted once, at the family's `other` key (always present).
        if (m?.[2] !== 'other') continue;
      }
      const forms = fam.get(base) ?? new Map<string, string>();
      const texts = [...forms.values()].map((k) => table[k]).filter((s): s is string => !!s);
      if (!texts.length) continue;
      const count = countArgument(texts);
      const branches = CATEGORIES.filter((c) => c === 'other' || categories.has(c)).flatMap((c) => {
        const text = table[forms.get(c) ?? ''] ?? table[forms.get('other') ?? ''];
        return text === undefined ? [] : [`${c} {${toIcu(text, true, count)}}`];
      });
      out[base] = `{${count}, plural, ${branches.join(' ')}}`;
      continue;
    }
    const text = table[key];
    if (text !== undefined) out[key] = toIcu(text);
  }
  return out;
}

/** The old renderer: `{name}` replaced, unknown placeholders left as they are. */
function oldFormat(template: string, vars: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** Checks that every converted message formats like the old table for a few counts. */
function verify(area: string, lang: string, en: Table, table: Partial<Table>, icu: Table): void {
  const fam = families(en);
  for (const [key, message] of Object.entries(icu)) {
    const fmt = new IntlMessageFormat(message, lang);
    const vars: Record<string, string | number> = {};
    const sample = fam.has(key)
      ? [...(fam.get(key)?.values() ?? [])].map((k) => table[k] ?? '').join(' ')
      : (table[key] ?? '');
    for (const m of sample.matchAll(PLACEHOLDER)) vars[m[1] ?? ''] = `<${m[1]}>`;
    if (fam.has(key)) {
      const forms = fam.get(key) ?? new Map<string, string>();
      const count = countArgument([sample]);
      for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 1.5]) {
        const category = new Intl.PluralRules(lang).select(n);
        const old = table[forms.get(category) ?? ''] ?? table[forms.get('other') ?? ''] ?? '';
        const shown = new Intl.NumberFormat(lang).format(n);
        const expected = oldFormat(old, { ...vars, [count]: shown });
        const got = String(fmt.format({ ...vars, [count]: n }));
        if (got !== expected)
          throw new Error(`${area}/${lang}/${key} n=${n}: ${got} ≠ ${expected}`);
      }
    } else {
      const expected = oldFormat(table[key] ?? '', vars);
      const got = String(fmt.format(vars));
      if (got !== expected) throw new Error(`${area}/${lang}/${key}: ${got} ≠ ${expected}`);
    }
  }
}

/** The rationale's structured phrases as flat tables (`fact.*`, `reason.*`, `step.*`). */
function flattenRationale(strings: Record<string, Record<string, Record<string, unknown>>>) {
  const out: Tables = {};
  for (const lang of LANGS) {
    const t = strings[lang];
    if (!t) continue;
    const flat: Table = {};
    for (const [group, prefix] of [
      ['facts', 'fact'],
      ['reasons', 'reason'],
      ['steps', 'step'],
    ] as const) {
      for (const [name, value] of Object.entries(t[group] ?? {})) {
        if (typeof value === 'string') flat[`${prefix}.${name}`] = value;
        else {
          for (const [category, text] of Object.entries(value as Record<string, string>)) {
            flat[`${prefix}.${name}.${category}`] = text;
          }
        }
      }
    }
    out[lang] = flat;
  }
  return out;
}

/** English keeps every category key the family has in any language, so families line up. */
function completeEnglish(tables: Tables): Table {
  const en = { ...(tables.en as Table) };
  for (const table of Object.values(tables)) {
    for (const key of Object.keys(table ?? {})) {
      const m = PLURAL_KEY.exec(key);
      if (m?.[1] && !(key in en)) {
        const sep = key.charAt(m[1].length);
        en[key] = en[`${m[1]}${sep}other`] ?? '';
      }
    }
  }
  return en;
}

// tsx's require hook loads the old TypeScript tables (a path given on the command line).
const requireTable = createRequire(import.meta.url);
async function load(file: string): Promise<Record<string, unknown>> {
  return Promise.resolve(requireTable(join(dir, file)) as Record<string, unknown>);
}

async function main(): Promise<void> {
  const popup = await load('popup-strings.ts');
  const options = await load('options-strings.ts');
  const panel = await load('panel-strings.ts');
  const capture = await load('capture-strings.ts');
  const notice = await load('notice-strings.ts');
  const rationale = await load('rationale-strings.ts');

  const prefixed = (tables: Tables, prefix: string): Tables =>
    Object.fromEntries(
      Object.entries(tables).map(([lang, t]) => [
        lang,
        Object.fromEntries(Object.entries(t ?? {}).map(([k, v]) => [`${prefix}${k}`, v])),
      ]),
    );
  const panelTables = panel.panelStrings as Tables;
  const reasonTables = prefixed(panel.reasonStrings as Tables, 'reason.');
  const areas: Record<string, Tables> = {
    popup: popup.popupStrings as Tables,
    options: options.OPTIONS_STRINGS as Tables,
    panel: Object.fromEntries(
      LANGS.map((l) => [l, { ...panelTables[l], ...reasonTables[l] }]),
    ) as Tables,
    capture: capture.captureStrings as Tables,
    notice: notice.noticeStrings as Tables,
    rationale: flattenRationale(
      rationale.rationaleStrings as Record<string, Record<string, Record<string, unknown>>>,
    ),
  };

  for (const [area, tables] of Object.entries(areas)) {
    const en = completeEnglish(tables);
    for (const lang of LANGS) {
      const table = lang === 'en' ? en : (tables[lang] ?? {});
      const icu = convert(en, table, lang);
      verify(area, lang, en, table, icu);
      mkdirSync(join(outDir, lang), { recursive: true });
      writeFileSync(join(outDir, lang, `${area}.json`), `${JSON.stringify(icu, null, 2)}\n`);
      console.log(`${lang}/${area}.json: ${Object.keys(icu).length} messages`);
    }
  }
}

await main();
