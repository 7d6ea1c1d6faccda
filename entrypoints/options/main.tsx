import { render } from 'preact';
import { uiLocale } from '@/lib/shared/format';
import { createHighlightsClient } from '../../lib/ui/highlights-client';
import { LibraryApp } from './App';

document.documentElement.lang = uiLocale();
render(<LibraryApp store={createHighlightsClient()} />, document.getElementById('app')!);
