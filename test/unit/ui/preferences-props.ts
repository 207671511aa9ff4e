// The preferences dialog's props for component tests: catalog vendors in English, every
// switch off, every handler a spy. Each test overrides only what it is about.
import { vi } from 'vitest';
import { DEFAULTS } from '../../../src/shared/config';
import { categoryViews, currentDraft } from '../../../src/ui/model';
import type { PreferencesProps } from '../../../src/ui/preferences';
import { enGB } from '../../../src/ui/text-en-gb';
import { doubleclick, hotjar, mixpanel } from '../../../vendors';

export const vendors = [mixpanel, hotjar, doubleclick];

export const categories = categoryViews({ config: DEFAULTS, vendors: () => vendors }, enGB);
export const allOff = currentDraft(categories, () => false);

export const preferencesProps = (over: Partial<PreferencesProps> = {}): PreferencesProps => ({
  text: enGB,
  lang: 'en-GB',
  base: 'https://shop.example/',
  categories,
  draft: allOff,
  signal: false,
  onToggle: vi.fn(),
  onAccept: vi.fn(),
  onReject: vi.fn(),
  onSave: vi.fn(),
  onClose: vi.fn(),
  ...over,
});
