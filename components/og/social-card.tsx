interface SocialCardProps {
  title: string;
  description: string;
  /** Small line above the title: the site name, and the guide section when there is one. */
  eyebrow: string;
  /** Bottom line, e.g. "Last reviewed 26 November 2026". */
  footer: string;
  /** Host the card names, from the configured site URL. */
  host: string;
}

const ACCENT = '#f59e0b';

/**
 * The 1200×630 Open Graph image, rendered at build time by next/og (Satori). Satori only lays out
 * flex boxes with inline styles, and the text uses its bundled font so nothing is fetched.
 */
export function SocialCard({ title, description, eyebrow, footer, host }: SocialCardProps) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        height: '100%',
        padding: '64px 72px',
        backgroundColor: '#0b1220',
        color: '#f8fafc',
        borderLeft: `24px solid ${ACCENT}`,
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: ACCENT, letterSpacing: 1 }}>{eyebrow}</div>
      <div style={{ display: 'flex', marginTop: 36, fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', marginTop: 28, fontSize: 32, lineHeight: 1.35, color: '#cbd5e1' }}>{description}</div>
      <div style={{ display: 'flex', marginTop: 'auto', justifyContent: 'space-between', fontSize: 26, color: '#94a3b8' }}>
        <span>{footer}</span>
        <span>{host}</span>
      </div>
    </div>
  );
}
