/**
 * The client screen and the entry forms load on demand: they bring zod (form validation), the
 * charts and the advisor's card, none of which the first paint of the list needs. The list
 * prefetches them once it is on screen, so opening a client does not wait for the network of
 * chunks either.
 */
import { useEffect, useState } from 'preact/hooks';

type ClientViewModule = typeof import('./ClientView');
type FormViewModule = typeof import('./FormView');

let clientView: Promise<ClientViewModule> | null = null;
let formView: Promise<FormViewModule> | null = null;

export const loadClientView = (): Promise<ClientViewModule> =>
  (clientView ??= import('./ClientView'));
export const loadFormView = (): Promise<FormViewModule> => (formView ??= import('./FormView'));

/** Starts loading both screens (after the list is painted). */
export function prefetchViews(): void {
  void loadClientView();
  void loadFormView();
}

/** The module once `load` resolved; starts loading when `wanted` becomes true. */
export function useModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    let current = true;
    void load().then((m) => current && setMod(() => m));
    return () => {
      current = false;
    };
  }, [wanted]);
  return mod;
}
