import { i18n } from '#i18n';

/**
 * The way from the panel to the library and the settings (the options page): without it the
 * panel speaks of "the library" while only the browser's extension menu leads there. The
 * browser opens the options page once and brings that tab forward after.
 */
export function LibraryLink() {
  return (
    <footer class="panel__footer">
      <a
        href={browser.runtime.getURL('/options.html')}
        data-testid="open-library"
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {i18n.t('panel.openLibrary')}
      </a>
    </footer>
  );
}
