import { useEffect, useState } from 'preact/hooks';
import { chooseDefinitionLanguage, type DefinitionLang, type DefinitionSource } from '../shared/definition-language';
import { getDefinitionSource, watchDefinitionSource } from '../shared/definition-setting';

/**
 * The definition language for the panel: chosen here, from the panel's own UI language or the
 * reader's choice in options, and the article's language. It follows the option as it changes,
 * so an analysis already on screen (or cached for the tab) switches language at once.
 */
export function useDefinitionLanguage(
  articleLang: string | null | undefined,
  uiLanguage: () => string = () => browser.i18n.getUILanguage(),
): DefinitionLang {
  const [source, setSource] = useState<DefinitionSource>('interface');
  useEffect(() => {
    let live = true;
    void getDefinitionSource().then((stored) => {
      if (live) setSource(stored);
    });
    const stop = watchDefinitionSource(setSource);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return chooseDefinitionLanguage(source, uiLanguage(), articleLang);
}
