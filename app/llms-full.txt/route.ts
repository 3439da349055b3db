import { llmsFull } from '@/lib/llms';

// Static export: written once at build time to out/llms-full.txt.
export const revalidate = false;

export async function GET() {
  return new Response(await llmsFull(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
