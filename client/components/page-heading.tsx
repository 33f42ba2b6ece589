import { type ReactNode, useEffect, useRef } from 'react';

interface PageHeadingProps {
  children: ReactNode;
  /** Move focus here when the view changes inside the page, so screen readers announce it. */
  focusOnMount?: boolean;
  className?: string;
}

export function PageHeading({ children, focusOnMount = false, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-xl'}>
      {children}
    </h1>
  );
}
