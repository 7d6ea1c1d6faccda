import { render } from 'preact';
import { createHighlightStore } from '../../lib/highlights/store';
import { LibraryApp } from './library-app';

render(<LibraryApp store={createHighlightStore()} />, document.getElementById('app')!);
