import Link from 'next/link';

/** Footer links that every page carries, readable without JavaScript. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <ul>
          <li>
            <Link href="/" prefetch={false}>
              Home
            </Link>
          </li>
          <li>
            <Link href="/docs/" prefetch={false}>
              The guide
            </Link>
          </li>
          <li>
            <Link href="/docs/exam-tips/" prefetch={false}>
              Exam tips and traps
            </Link>
          </li>
          <li>
            <Link href="/docs/what-changed/" prefetch={false}>
              What changed
            </Link>
          </li>
        </ul>
      </nav>
      <p>
        An independent study guide; not affiliated with Amazon Web Services. Facts are cited on every page with the date they were last
        reviewed.
      </p>
    </footer>
  );
}
