import type { Browser } from 'playwright-core';
export const CHROMIUM_ARGS: string[];
export const HOW_TO_GET_A_BROWSER: string;
export function chromiumPath(): Promise<string>;
export function launchChromium(): Promise<Browser>;
