/**
 * The Chrome package (.output/chrome-mv3, built before the e2e run) against the Chrome Web
 * Store rules that can be checked offline: no remote code, every permission justified
 * (store/permissions.json, published in .output/store/permissions.md), a description of at
 * most 132 characters and a name of at most 75 in every locale, and icons of 16, 32, 48 and
 * 128 pixels.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from './harness';

interface Manifest {
  name: string;
  description: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: unknown;
  action?: { default_icon?: unknown };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** A `__MSG_key__` manifest field in one locale. */
function localized(field: string, locale: string): string {
  const key = /^__MSG_(\w+)__$/.exec(field)?.[1];
  if (!key) return field;
  const messages = JSON.parse(
    readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return messages[key]?.message ?? '';
}

describe('Chrome Web Store offline checks', () => {
  const locales = readdirSync(join(EXTENSION_DIR, '_locales'));

  it('has a name (≤ 75) and a description (≤ 132 characters) in every locale', () => {
    expect(locales).toContain(manifest.default_locale);
    for (const locale of locales) {
      const name = localized(manifest.name, locale);
      const description = localized(manifest.description, locale);
      expect(name.length, `${locale} name`).toBeGreaterThan(0);
      expect(name.length, `${locale} name`).toBeLessThanOrEqual(75);
      expect(description.length, `${locale} description`).toBeGreaterThan(0);
      expect(description.length, `${locale} description: ${description}`).toBeLessThanOrEqual(132);
    }
  });

  it('has PNG icons of 16, 32, 48 and 128 pixels', () => {
    for (const size of ['16', '32', '48', '128']) {
      const path = manifest.icons?.[size];
      expect(path, `icon ${size}`).toBeTruthy();
      const png = readFileSync(join(EXTENSION_DIR, path ?? ''));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([+size, +size]);
    }
  });

  it('carries no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    const all = files(EXTENSION_DIR);
    for (const html of all.filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(html, 'utf8');
      expect(text, html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    }
    for (const js of all.filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(js, 'utf8');
      expect(text, js).not.toMatch(/importScripts\s*\(/);
      expect(text, js).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, js).not.toMatch(/\beval\s*\(/);
      expect(text, js).not.toMatch(/\bFunction\s*\(\s*["'`]/);
    }
  });

  it('justifies every permission it asks for', () => {
    const why = JSON.parse(readFileSync(resolve('store/permissions.json'), 'utf8')) as {
      permissions: Record<string, string>;
      optionalHostPermissions: Record<string, string>;
    };
    for (const p of manifest.permissions ?? [])
      expect(why.permissions[p]?.length ?? 0, p).toBeGreaterThan(40);
    for (const p of [
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.host_permissions ?? []),
    ])
      expect(why.optionalHostPermissions[p]?.length ?? 0, p).toBeGreaterThan(40);
  });
});
