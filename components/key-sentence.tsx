/** Marks where the shortcut goes in a translated sentence; no translation holds it. */
const KEY_SLOT = '\u2063';

/**
 * A translated sentence with a shortcut in it, as the browser writes it ("Alt+Mayús+L", "⌥⇧M"),
 * marked as a key: `sentence` words the sentence around the placeholder it is given.
 */
export function KeySentence({ sentence, shortcut }: { sentence: (slot: string) => string; shortcut: string }) {
  const [before = '', after = ''] = sentence(KEY_SLOT).split(KEY_SLOT);
  return (
    <>
      {before}
      <kbd>{shortcut}</kbd>
      {after}
    </>
  );
}
