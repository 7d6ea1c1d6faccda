import { render } from 'preact';
import { uiLocale } from '@/lib/shared/format';
import { DefinitionLanguageSetting } from '../../components/definition-language-choice';
import { createHighlightsClient } from '../../lib/ui/highlights-client';
import { LibraryApp } from './App';

document.documentElement.lang = uiLocale();
render(
  <>
    <DefinitionLanguageSetting />
    <LibraryApp store={createHighlightsClient()} />
  </>,
  document.getElementById('app')!,
);
