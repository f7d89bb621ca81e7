/** One settings section: a landmark with a heading, an intro and its content. */
import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: Props) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}
