// The first layer: what optional cookies are for, the site's policy, and three equal buttons.
// Reject is exactly as easy as accept: same size, same colour, same place in the row. The buttons
// themselves live in the page's DOM and are slotted in here (see answers.ts); their slot and
// data-consentry-action attributes are the hooks blocker lists rely on (docs/hooks.md): keep them.
import type { BannerTexts } from './text';
import { modalKeys } from './focus-trap';

export interface BannerProps {
  readonly text: BannerTexts;
  readonly lang: string;
  readonly policyUrl: string | null;
  /** The browser sends a privacy signal we honour: say so. */
  readonly signal: boolean;
  /** `layout: 'modal'`: a blocking dialog instead of a bar. */
  readonly modal: boolean;
  readonly hidden?: boolean;
}

export function Banner(p: BannerProps) {
  const { text } = p;
  const dialog = (
    <div
      role="dialog"
      aria-modal={p.modal ? 'true' : undefined}
      aria-labelledby="cy-title"
      aria-describedby="cy-body"
      class={p.modal ? 'b m' : 'b'}
      data-consentry-layer="banner"
      lang={p.lang}
      tabIndex={p.modal ? -1 : undefined}
      onKeyDown={p.modal ? (e) => modalKeys(e, null) : undefined}
    >
      <h2 id="cy-title">{text.title}</h2>
      <p id="cy-body">
        {text.body}
        {p.policyUrl && ' '}
        {p.policyUrl && <a href={p.policyUrl}>{text.policy}</a>}
      </p>
      {p.signal && <p class="sg">{text.signal}</p>}
      <div class="a">
        <slot name="accept" />
        <slot name="reject" />
        <slot name="manage" />
      </div>
    </div>
  );
  return (
    <div class={p.modal ? 'bd' : undefined} hidden={p.hidden}>
      {dialog}
    </div>
  );
}
