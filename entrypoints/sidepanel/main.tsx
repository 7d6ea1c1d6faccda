import { render } from 'preact';
render(<p>Marginalia</p>, document.getElementById('app')!);
