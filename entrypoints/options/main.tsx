import { render } from 'preact';
import { createHighlightsClient } from '../../lib/ui/highlights-client';
import { LibraryApp } from './App';

render(<LibraryApp store={createHighlightsClient()} />, document.getElementById('app')!);
