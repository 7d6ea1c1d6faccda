import { localItem } from './local-item';
import { DEFINITION_SOURCES, type DefinitionSource } from './definition-language';

/** The reader's choice in options: definitions in the interface language (default) or the article's. */
export const definitionSourceItem = localItem<DefinitionSource>('definition-source', 'interface');

/** The stored choice, read defensively: anything unexpected counts as the default. */
export async function getDefinitionSource(): Promise<DefinitionSource> {
  return validSource(await definitionSourceItem.getValue());
}

export function watchDefinitionSource(onChange: (source: DefinitionSource) => void): () => void {
  return definitionSourceItem.watch((value) => onChange(validSource(value)));
}

function validSource(value: unknown): DefinitionSource {
  return DEFINITION_SOURCES.find((source) => source === value) ?? 'interface';
}
