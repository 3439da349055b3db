'use client';
import { useEffect } from 'react';

/** Marks the TOC link of the section being read (or the one a deep link landed on). */
export function TocSpy() {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
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
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('hashchange', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
