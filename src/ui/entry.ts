// A script-tag UI chunk: rollup.config.mjs builds one per language in UI_LANGUAGES, each a tiny
// entry that calls this with its own banner words, so a chunk holds one language only. The rest
// of the UI is that language's preferences part, fetched from the same folder when first needed
// (the boot's part loader: its nonce, its Trusted Types policy) and lent this chunk's Preact.
import { UI_READY_EVENT, UI_TIMEOUT_MS } from '../boot/ui-handle';
import type { UiLanguage } from '../shared/languages';
import type { BannerTexts } from '../shared/text-keys';
import { createElement, Fragment, render } from 'preact';
import { announce } from './announce';
import { mountUiIn } from './mount';
import { PREFS_READY_EVENT, prefsChunkFile, type PrefsReady } from './prefs-handle';

export const startUi = (lang: UiLanguage, text: BannerTexts): void =>
  announce(
    UI_READY_EVENT,
    mountUiIn({ lang, text }, (ctx) =>
      ctx
        .loadPart(prefsChunkFile(lang), PREFS_READY_EVENT, UI_TIMEOUT_MS)
        .then((ready) => (ready as PrefsReady)({ render, createElement, Fragment })),
    ),
  );
