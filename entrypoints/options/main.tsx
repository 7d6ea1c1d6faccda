import { render } from 'preact';
import { createHighlightsClient } from '../../lib/highlights/client';
import { LibraryApp } from './library-app';

render(<LibraryApp store={createHighlightsClient()} />, document.getElementById('app')!);
