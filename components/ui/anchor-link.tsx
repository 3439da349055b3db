interface AnchorLinkProps {
  /** The id of the element this link points to. */
  anchor: string;
  /** Accessible name, e.g. "Copy link to section: Task role". */
  label: string;
}

/**
 * A plain `#anchor` link, so it works without JavaScript. The shared copy-link script
 * (components/ui/copy-link-script.tsx) upgrades clicks to "copy the full URL".
 */
export function AnchorLink({ anchor, label }: AnchorLinkProps) {
  return (
    <a href={`#${anchor}`} className="anchor-link" data-copy-link="" aria-label={label} title={label}>
      <span aria-hidden="true">#</span>
    </a>
  );
}
