import type { ReactNode } from 'react';

/**
 * A wide table scrolls inside its own box on a narrow screen. The box takes keyboard focus, so it
 * can be scrolled with the arrow keys, and is named after its table for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
