import { render } from 'preact';
import { SidePanel } from '@/entrypoints/sidepanel/App';
import { uiLocale } from '@/lib/shared/format';

// The language of the panel's words (and so of its fonts: Japanese and Chinese share code points, not glyphs).
document.documentElement.lang = uiLocale();
render(<SidePanel />, document.getElementById('app')!);
