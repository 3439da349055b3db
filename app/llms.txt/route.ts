import { llmsIndex } from '@/lib/llms';

// Static export: written once at build time to out/llms.txt.
export const revalidate = false;

export function GET() {
  return new Response(llmsIndex(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
