import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';

export type Translate = (key: string, substitutions?: Record<string, string>) => string;

/**
 * `i18n.t` backed by the real locale file, for component tests (the fake browser has no
 * i18n.getMessage). Throws on a missing key, so a typo fails the test.
 */
export function loadMessages(locale: 'en' | 'pt_BR'): Translate {
  const parsed = parseMessagesText(readFileSync(resolve(__dirname, `../locales/${locale}.yml`), 'utf8'), 'YAML');
  const messages = new Map<string, string>();
  for (const message of parsed) {
    if (message.type !== 'plural') messages.set(message.key.join('.'), message.message);
  }
  return (key, substitutions) => {
    const message = messages.get(key);
    if (message === undefined) throw new Error(`No "${key}" in ${locale}.yml`);
    return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => substitutions?.[name] ?? placeholder);
  };
}
