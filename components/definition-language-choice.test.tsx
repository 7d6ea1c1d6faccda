import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { definitionSourceItem } from '../lib/shared/definition-setting';
import { DefinitionLanguageChoice, DefinitionLanguageSetting } from './definition-language-choice';

vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('DefinitionLanguageChoice', () => {
  it('offers the interface language and the article language, with the current one checked', () => {
    const onChange = vi.fn();
    render(<DefinitionLanguageChoice value="interface" onChange={onChange} />);
    const interfaceChoice = screen.getByLabelText<HTMLInputElement>('options.definitions.interface');
    const articleChoice = screen.getByLabelText<HTMLInputElement>('options.definitions.article');
    expect(interfaceChoice.checked).toBe(true);
    expect(articleChoice.checked).toBe(false);
    fireEvent.click(articleChoice);
    expect(onChange).toHaveBeenCalledWith('article');
  });

  it('stores the reader’s choice where the panel and the term card read it', async () => {
    render(<DefinitionLanguageSetting />);
    fireEvent.click(screen.getByLabelText('options.definitions.article'));
    await waitFor(async () => expect(await definitionSourceItem.getValue()).toBe('article'));
  });
});
