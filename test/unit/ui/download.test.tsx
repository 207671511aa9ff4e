// "Download my consent record" in the preferences dialog: shown once there is a record, and the
// file it saves is the JSON of exportConsent().
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadJson } from '../../../src/ui/download';
import { Preferences } from '../../../src/ui/preferences';
import { preferencesProps as props } from './preferences-props';

const button = () => screen.queryByRole('button', { name: 'Download my consent record' });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Download my consent record', () => {
  it('is offered when there is a record to download', () => {
    const onDownload = vi.fn();
    render(<Preferences {...props({ onDownload })} />);
    fireEvent.click(button()!);
    expect(onDownload).toHaveBeenCalledTimes(1);
  });

  it('is not offered before the shopper has chosen', () => {
    render(<Preferences {...props()} />);
    expect(button()).toBeNull();
  });

  it('saves the JSON text of the receipt under the given name', async () => {
    const receipt = { recordId: 'AbCdEfGhIjKlMnOp', choices: { analytics: true } };
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:consent';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadJson(document, document.body, 'consent-record-AbCdEfGhIjKlMnOp.json', receipt);
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['consent-record-AbCdEfGhIjKlMnOp.json', 'blob:consent']]);
    expect(blob!.type).toBe('application/json');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blob!);
    });
    expect(JSON.parse(text)).toEqual(receipt);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
