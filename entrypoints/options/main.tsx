import { render } from 'preact';
import { DefinitionLanguageSetting } from '../../components/definition-language-choice';
import { createHighlightsClient } from '../../lib/ui/highlights-client';
import { LibraryApp } from './App';

render(
  <>
    <DefinitionLanguageSetting />
    <LibraryApp store={createHighlightsClient()} />
  </>,
  document.getElementById('app')!,
);
