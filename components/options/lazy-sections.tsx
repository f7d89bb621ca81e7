/**
 * The template, legal and data sections load on demand: they bring the template catalog (every
 * message in eight languages), the dated legal rate tables and the export/restore code with
 * Dexie, which the page's first paint does not need. Until its module is in, a section shows its
 * card and heading (so the index and focus work); the module loads when the section comes near
 * the viewport or, at the latest, once the browser is idle after the first paint.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType, Ref } from 'preact';

type TemplatesModule = typeof import('./templates/TemplatesSection');
type LegalModule = typeof import('./legal/LegalSection');
type DataModule = typeof import('./data/DataSection');

let templates: Promise<TemplatesModule> | null = null;
let legal: Promise<LegalModule> | null = null;
let data: Promise<DataModule> | null = null;
export const loadTemplatesSection = (): Promise<TemplatesModule> =>
  (templates ??= import('./templates/TemplatesSection'));
export const loadLegalSection = (): Promise<LegalModule> =>
  (legal ??= import('./legal/LegalSection'));
export const loadDataSection = (): Promise<DataModule> => (data ??= import('./data/DataSection'));

/** After the first paint, when the browser has nothing else to do (with a bound). */
const IDLE_BOUND_MS = 500;
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_BOUND_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
}

/** The module of `load` once it arrived; loading starts when `ref`'s element nears the view. */
function useSectionModule<T>(load: () => Promise<T>) {
  const ref = useRef<HTMLElement>(null);
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    let current = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void load().then((m) => current && setMod(() => m));
    };
    const stopIdle = whenIdle(start);
    let observer: IntersectionObserver | null = null;
    if (typeof IntersectionObserver === 'function' && ref.current) {
      observer = new IntersectionObserver(
        (entries) => entries.some((e) => e.isIntersecting) && start(),
        {
          rootMargin: '400px',
        },
      );
      observer.observe(ref.current);
    }
    return () => {
      current = false;
      stopIdle();
      observer?.disconnect();
    };
  }, []);
  return { ref, mod };
}

/** The card a section shows until its module is in: its heading, nothing else. */
function Placeholder({
  id,
  title,
  holder,
}: {
  id: string;
  title: string;
  holder: Ref<HTMLElement>;
}) {
  // The markup of ui/Section, so the index's links and focus land on the same heading.
  return (
    <section id={id} ref={holder} class="card" aria-labelledby={`${id}-title`} aria-busy="true">
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
    </section>
  );
}

/** A section component that shows its placeholder card until `load` brings the real one. */
function lazySection<M, P extends object>(
  id: string,
  load: () => Promise<M>,
  pick: (mod: M) => ComponentType<P>,
) {
  return function LazySection(props: P & { title: string }) {
    const { title, ...rest } = props;
    const { ref, mod } = useSectionModule(load);
    if (!mod) return <Placeholder id={id} title={title} holder={ref} />;
    const Section = pick(mod);
    return <Section {...(rest as P)} />;
  };
}

export const LazyTemplatesSection = lazySection(
  'templates',
  loadTemplatesSection,
  (m) => m.TemplatesSection,
);
export const LazyLegalSection = lazySection('legal', loadLegalSection, (m) => m.LegalSection);
export const LazyDataSection = lazySection('data', loadDataSection, (m) => m.DataSection);
