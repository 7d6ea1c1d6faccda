import { render } from 'preact';
import { uiLocale } from '@/lib/shared/format';
import { DefinitionLanguageSetting } from '../../components/definition-language-choice';
import { createHighlightsClient } from '../../lib/ui/highlights-client';
import { createLibraryClient } from '../../lib/ui/library-client';
import { readSnapshot, toLibraryExport, toMarkdownZip } from '../../lib/shared/library/export';
import { LibraryApp } from './App';
import '../../components/palette.css';
import './options.css';

document.documentElement.lang = uiLocale();

// Export reads the database directly (read only), so it works even when the background cannot use it.
const files = {
  json: async () => `${JSON.stringify(toLibraryExport(await readSnapshot()), null, 2)}\n`,
  zip: async () => toMarkdownZip(await readSnapshot()),
};

render(
  <LibraryApp
    store={createHighlightsClient()}
    call={createLibraryClient()}
    files={files}
    settings={<DefinitionLanguageSetting />}
  />,
  document.getElementById('app')!,
);
