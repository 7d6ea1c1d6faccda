import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { DEFINITION_SOURCES, type DefinitionSource } from '../lib/shared/definition-language';
import { definitionSourceItem, getDefinitionSource } from '../lib/shared/definition-setting';

export interface DefinitionLanguageChoiceProps {
  value: DefinitionSource;
  onChange(source: DefinitionSource): void;
}

const LABEL_KEYS = {
  interface: 'options.definitions.interface',
  article: 'options.definitions.article',
} as const satisfies Record<DefinitionSource, string>;

/** Where AI-term definitions take their language from: the browser's interface or the article. */
export function DefinitionLanguageChoice({ value, onChange }: DefinitionLanguageChoiceProps) {
  return (
    <fieldset class="definition-language" data-testid="definition-language">
      <legend>{i18n.t('options.definitions.title')}</legend>
      {DEFINITION_SOURCES.map((source) => (
        <label key={source}>
          <input
            type="radio"
            name="definition-source"
            value={source}
            checked={value === source}
            onChange={() => onChange(source)}
          />{' '}
          {i18n.t(LABEL_KEYS[source])}
        </label>
      ))}
    </fieldset>
  );
}

/** The choice wired to the stored setting (lib/shared/definition-setting.ts), to drop into the options page. */
export function DefinitionLanguageSetting() {
  const [value, setValue] = useState<DefinitionSource>('interface');
  useEffect(() => {
    void getDefinitionSource().then(setValue);
  }, []);
  const choose = (source: DefinitionSource) => {
    setValue(source);
    void definitionSourceItem.setValue(source);
  };
  return <DefinitionLanguageChoice value={value} onChange={choose} />;
}
