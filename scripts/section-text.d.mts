export function sectionTextInPage(hash: string | null): string;
