/**
 * `npm run store`: assembles `.output/store/` for the Chrome Web Store and AMO from `store/`
 * (listing texts, privacy policy, permission justifications) and the e2e screenshots
 * (tests/output/store-screenshots, taken by tests/e2e/store-screenshots.e2e.test.ts), and checks
 * them against the built Chrome package: every UI language has a listing, every short
 * description fits 132 characters, every permission the manifest asks for is justified, and
 * every screenshot is 1280×800. Exits non-zero, naming the problem, if anything is missing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UI_LANGUAGES } from '../utils/i18n/index.ts';

interface Listing {
  name: string;
  short: string;
  long: string;
}
interface Justifications {
  singlePurpose: string;
  permissions: Record<string, string>;
  optionalHostPermissions: Record<string, string>;
  contentScripts: Record<string, string>;
  remoteCode: string;
  dataUsage: string;
}

const OUT = resolve('.output/store');
const MANIFEST = resolve('.output/chrome-mv3/manifest.json');
const SHOTS = resolve('tests/output/store-screenshots');
const VIEWS = ['popup', 'options', 'gmail-panel'];

const problems: string[] = [];
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

if (!existsSync(MANIFEST)) {
  console.error('No Chrome build: run `npx wxt build` first.');
  process.exit(1);
}
const manifest = readJson<{
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
}>(MANIFEST);
const listing = readJson<Record<string, Listing>>('store/listing.json');
const why = readJson<Justifications>('store/permissions.json');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'listing'), { recursive: true });
mkdirSync(join(OUT, 'screenshots'), { recursive: true });

for (const lang of UI_LANGUAGES) {
  const l = listing[lang];
  if (!l?.name || !l.short || !l.long) {
    problems.push(`listing: ${lang} lacks a name, short or long description`);
    continue;
  }
  if (l.short.length > 132) problems.push(`listing: ${lang} short description > 132 characters`);
  if (l.name.length > 75) problems.push(`listing: ${lang} name > 75 characters`);
  writeFileSync(
    join(OUT, 'listing', `${lang}.txt`),
    `Name\n${l.name}\n\nShort description\n${l.short}\n\nDescription\n${l.long}\n`,
  );
}
writeFileSync(join(OUT, 'listing.json'), `${JSON.stringify(listing, null, 2)}\n`);

for (const p of manifest.permissions ?? [])
  if (!why.permissions[p]) problems.push(`permission "${p}" has no justification`);
for (const p of [
  ...(manifest.optional_host_permissions ?? []),
  ...(manifest.host_permissions ?? []),
])
  if (!why.optionalHostPermissions[p]) problems.push(`host permission "${p}" has no justification`);
for (const p of Object.keys(why.permissions))
  if (!manifest.permissions?.includes(p)) problems.push(`"${p}" is justified but not requested`);

const row = (k: string, v: string) => `| \`${k}\` | ${v.replace(/\|/g, '\\|')} |`;
writeFileSync(
  join(OUT, 'permissions.md'),
  [
    '# Firmly — Chrome Web Store privacy practices',
    '',
    `**Single purpose.** ${why.singlePurpose}`,
    '',
    '| Permission | Justification |',
    '| --- | --- |',
    ...Object.entries(why.permissions).map(([k, v]) => row(k, v)),
    ...Object.entries(why.optionalHostPermissions).map(([k, v]) => row(`${k} (optional)`, v)),
    ...Object.entries(why.contentScripts).map(([k, v]) => row(`content script: ${k}`, v)),
    '',
    `**Remote code.** ${why.remoteCode}`,
    '',
    `**Data usage.** ${why.dataUsage}`,
    '',
  ].join('\n'),
);
copyFileSync('store/privacy-policy.html', join(OUT, 'privacy-policy.html'));

for (const lang of UI_LANGUAGES) {
  for (const view of VIEWS) {
    const file = `${lang}-${view}.png`;
    const from = join(SHOTS, file);
    if (!existsSync(from)) {
      problems.push(`screenshot ${file} is missing (run tests/e2e/store-screenshots)`);
      continue;
    }
    const png = readFileSync(from);
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (w !== 1280 || h !== 800) problems.push(`screenshot ${file} is ${w}×${h}, not 1280×800`);
    copyFileSync(from, join(OUT, 'screenshots', file));
  }
}

if (problems.length) {
  console.error(`.output/store is incomplete:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `.output/store: listing in ${UI_LANGUAGES.length} languages, ${UI_LANGUAGES.length * VIEWS.length} screenshots, privacy policy, permissions.`,
);
