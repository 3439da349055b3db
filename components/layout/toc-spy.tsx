'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/** The table of contents' own nav: marks the link of the section being read, or the one a link landed on. */
export function TocSpy({ children }: { children: ReactNode }) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const links = [...(nav.current?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
    const targets = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((target): target is HTMLElement => target !== null);
    if (targets.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const offset = 120;
      let active = targets[0];
      for (const target of targets) {
        if (target.getBoundingClientRect().top - offset <= 0) active = target;
        else break;
      }
      const hashTarget = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (hashTarget && targets.includes(hashTarget)) {
        const top = hashTarget.getBoundingClientRect().top;
        if (top >= 0 && top < window.innerHeight / 2) active = hashTarget;
      }
      for (const link of links) {
        if (link.hash.slice(1) === active.id) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // The first mark waits for a frame too: measuring now would force a layout inside the task that hydrates the page.
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <nav ref={nav} aria-label="On this page" className="toc">
      {children}
    </nav>
  );
}
