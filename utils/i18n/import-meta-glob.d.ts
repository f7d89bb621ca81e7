// Vite's import.meta.glob, as the locale loaders use it (Vite's own client types are not loaded).
interface ImportMeta {
  glob(pattern: string, options: { eager: true; import: 'default' }): Record<string, unknown>;
}
