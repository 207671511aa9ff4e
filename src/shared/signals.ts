// Browser privacy signals. What each one does is the site's setting (`signals`), with defaults
// that keep the seed policy's promise: Do Not Track stops analytics and tailoring.
import type { ResolvedConfig, SignalName } from './types';

/** The two signals as `navigator` carries them (shared code: no DOM types here). */
export interface PrivacySignals {
  readonly doNotTrack?: string | null;
  readonly globalPrivacyControl?: boolean;
}

export function presentSignals(nav: PrivacySignals, config: ResolvedConfig): SignalName[] {
  const found: SignalName[] = [];
  // A getter an extension patched may throw: an unreadable signal is absent, and the shopper is asked.
  const read = (key: 'doNotTrack' | 'globalPrivacyControl'): unknown => {
    try {
      return nav[key];
    } catch {
      return undefined;
    }
  };
  if (read('doNotTrack') === '1' && config.signals.dnt !== 'ignore') found.push('dnt');
  if (read('globalPrivacyControl') === true && config.signals.gpc !== 'ignore') found.push('gpc');
  return found;
}

/** Whether `signal`, as configured, refuses `category`. */
export function signalRefuses(signal: SignalName, category: string, config: ResolvedConfig): boolean {
  const action = config.signals[signal];
  return category !== 'necessary' && (action === 'reject-all' || (action === 'reject-marketing' && category === 'marketing'));
}
