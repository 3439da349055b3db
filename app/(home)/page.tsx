import type { Metadata } from 'next';
import Link from 'next/link';
import { ogImagePath, siteDescription, siteName } from '@/lib/site';
import { socialMetadata } from '@/lib/social-metadata';

export const metadata: Metadata = socialMetadata({ title: siteName, description: siteDescription, path: '/', image: ogImagePath('home') });

const START_HERE = [
  { href: '/docs/', title: 'ECS vs EKS at a glance', text: 'The two orchestrators side by side, in five minutes.' },
  {
    href: '/docs/compute-options/',
    title: 'Fargate, EC2 or Managed Instances',
    text: 'Where your containers run and who patches the servers.',
  },
  { href: '/docs/choosing/', title: 'Choosing ECS or EKS', text: 'A decision guide for your own workload.' },
  { href: '/docs/exam-tips/', title: 'Exam tips and traps', text: 'Every tip and trap in the guide on one page, for the night before.' },
] as const;

export default function HomePage() {
  return (
    <main id="main-content" className="home mx-auto w-full max-w-5xl px-4 py-12 md:py-20">
      <h1 className="text-3xl font-bold md:text-5xl">{siteName}</h1>
      <p className="mt-4 max-w-2xl text-lg text-fd-muted-foreground">
        A field guide to Amazon ECS and Amazon EKS: how they work, what they cost, and how to choose between them. Every fact is cited and
        dated, and it is current to November 2026.
      </p>
      <h2 id="who-it-is-for" className="mt-10 text-xl font-semibold">
        Who it is for
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>People preparing for the AWS Solutions Architect Associate (SAA) or Professional (SAP) exam.</li>
        <li>Engineers choosing between ECS and EKS for a real workload this week.</li>
      </ul>
      <h2 id="where-to-start" className="mt-10 text-xl font-semibold">
        Where to start
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {START_HERE.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block h-full rounded-lg border bg-fd-card p-4 transition-colors hover:bg-fd-accent">
              <span className="font-semibold">{item.title}</span>
              <span className="mt-1 block text-sm text-fd-muted-foreground">{item.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        Press <kbd>/</kbd> or <kbd>Ctrl</kbd> <kbd>K</kbd> to search any term, such as awsvpc, IRSA or Fargate Spot.
      </p>
    </main>
  );
}
