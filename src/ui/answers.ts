// The banner's three answers are real buttons in the page's own DOM, children of the UI's host
// and slotted into the banner inside the shadow root. Privacy tools that answer banners for the
// shopper by heuristics (DuckDuckGo's autoconsent) find a fixed pop-up and its buttons with
// tree walks and `querySelectorAll`, which never enter a shadow root: buttons inside it cannot be
// found. The shop's CSS still cannot touch them: the shadow's `::slotted` rules are `!important`,
// and an important rule of a shadow tree beats every rule of the page, important or not.
import type { BannerTexts } from './text';

/** Each answer's slot name, also the stable hook a rule or a filter list can select. */
export type Answer = 'accept' | 'reject' | 'manage';

const ANSWERS: readonly Answer[] = ['accept', 'reject', 'manage'];

export function answerButtons(
  doc: Document,
  text: BannerTexts,
  lang: string,
  on: Readonly<Record<Answer, (button: HTMLButtonElement) => void>>,
): HTMLButtonElement[] {
  return ANSWERS.map((answer) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.slot = answer;
    // The same hook as every other button of the UI has, in every language (docs/hooks.md).
    button.setAttribute('data-consentry-action', answer);
    // Its DOM parent is the shop's page, whose language may not be the UI's.
    button.lang = lang;
    button.textContent = text[answer];
    button.onclick = () => on[answer](button);
    return button;
  });
}

/**
 * Puts the buttons where the banner shows them: on the host, for its slots; without shadow DOM
 * (the host is the root), inside the slot elements, which then show their own children.
 */
export function placeAnswers(root: ShadowRoot | HTMLElement, buttons: readonly HTMLButtonElement[]): void {
  for (const button of buttons) {
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) (root as ShadowRoot).host.append(button);
    else root.querySelector(`slot[name=${button.slot}]`)?.append(button);
  }
}
