import { render } from 'preact';
import { SidePanel } from '@/entrypoints/sidepanel/App';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<SidePanel />, document.getElementById('app')!);
