import { render } from 'preact';
import { SidePanel } from '@/components/side-panel';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<SidePanel />, document.getElementById('app')!);
