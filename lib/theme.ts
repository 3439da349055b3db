export type Theme = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'field-guide-theme';

/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme.
 * Anything but "light" or "dark" in storage is removed and the system preference is used.
 */
export const THEME_BOOT_SCRIPT = `(function(){var k=${JSON.stringify(THEME_STORAGE_KEY)},t=null;try{t=localStorage.getItem(k);if(t!=="light"&&t!=="dark"){if(t!==null)localStorage.removeItem(k);t=null}}catch(e){}if(!t)t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";var r=document.documentElement;r.classList.toggle("dark",t==="dark");r.style.colorScheme=t})();`;
