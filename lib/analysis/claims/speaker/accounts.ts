/**
 * Who holds the floor through an article: one model of "accounts" in place of carrying rules spread over the speaker
 * tracker. An account opens on a sentence whose speaker is found in it (a speech verb with its subject, a source
 * preposition, a colon lead-in, a quotation with its attribution; the tracker's attribution rules find it) and a later
 * sentence naming no speaker of its own stays in it only on a cue that the account goes on (a quotation running on or
 * opening, a verb whose subject is left out, a word of reported speech or reportive mood, Japanese ellipsis), and only
 * so many paragraphs after the account's last sentence as that cue allows. A sentence with no cue is the writer's.
 *
 * A lead-in closing with a colon ("Wörtlich meinte Petra Steger in einer Aussendung:", "He said:") opens an account
 * that holds a whole paragraph, cue or not: the rest of the lead-in's paragraph, or the paragraph after it when the
 * lead-in closes its own. It ends with that paragraph, or at a sentence naming another speaker.
 *
 * Round 22 measured closing rules on it (tests/claims-real/results.md): closing an account when the narration names
 * another person, handing the floor to a person the narration opens with, and carrying an account to every sentence
 * of its paragraph all lost dev speaker accuracy; the reach of each cue below is the one the rules had before.
 *
 * Pure: the tracker finds openers and cues; this decides only whether the floor is still held and by whom.
 */

/** Why a sentence that names no speaker of its own may go on with the open account. */
export type ContinuationCue =
  /** Wholly inside (or closing) a quotation opened in an earlier paragraph. */
  | 'running-quote'
  /** Opens with a quotation mark. */
  | 'opens-quote'
  /** A reporting verb with its subject left out ("Y agregó: …", in a language that drops subjects). */
  | 'dropped-subject'
  /** A word of reported speech or reportive mood ("demnach", Konjunktiv I "wünsche er"). */
  | 'reportive'
  /** Opens with a connector adding to what was said ("Asimismo, …"), naming no subject of its own. */
  | 'connector'
  /** Japanese leaves out a subject that goes on ("…としている"). */
  | 'ellipsis';

/**
 * How many paragraphs after the account's last sentence each cue still carries it: a quotation running on from the
 * paragraph before; a direct quotation, a dropped subject or a reportive sentence after at most one paragraph of
 * narration; a connector only in the account's paragraph or the next (across a paragraph of narration it took the
 * article's own sentences on dev es); a Japanese sentence with its subject left out after up to three.
 */
export const CUE_REACH: Readonly<Record<ContinuationCue, number>> = {
  'running-quote': 1,
  'opens-quote': 2,
  'dropped-subject': 2,
  reportive: 2,
  connector: 1,
  ellipsis: 4,
};

export interface Account {
  readonly speaker: string;
  /** The paragraph of the account's last sentence. */
  readonly block: number;
}

/** An account a colon lead-in opened: its speaker, the lead-in's paragraph, and the paragraph it fills (null: next). */
interface ColonAccount {
  speaker: string;
  from: number;
  block: number | null;
}

export class AccountModel {
  private current: Account | null = null;
  private colon: ColonAccount | null = null;
  /** The source a sentence opened with ("Según información del Consejo Electoral Nacional, …"), and its paragraph. */
  private source: Account | null = null;

  /**
   * A sentence at `block` whose speaker is `speaker`, `opensWithSource` when a source preposition opening it named
   * them: such a source holds the rest of its paragraph (see `sourceHolder`); any other speaker ends it.
   */
  sourced(speaker: string, block: number, opensWithSource: boolean): void {
    if (opensWithSource) this.source = { speaker, block };
    else if (this.source && this.source.speaker !== speaker) this.source = null;
  }

  /** The source opening a sentence earlier in paragraph `block`, for a sentence of it naming nobody; null if none. */
  sourceHolder(block: number): string | null {
    return this.source && this.source.block === block && block >= 0 ? this.source.speaker : null;
  }

  /** The account open last, if any. */
  get last(): Account | null {
    return this.current;
  }

  /** A sentence whose speaker is known: it opens an account, or goes on with the same one, at `block`. */
  speaks(speaker: string, block: number): void {
    this.current = { speaker, block };
  }

  /** Who holds the floor at paragraph `block` for a sentence with `cue` and no speaker of its own; null if nobody. */
  holder(block: number, cue: ContinuationCue): string | null {
    const account = this.current;
    return account && block - account.block <= CUE_REACH[cue] ? account.speaker : null;
  }

  /**
   * A lead-in closing with a colon at paragraph `block`: `fillsOwnParagraph` when more of its paragraph follows it, so
   * the account is that rest; otherwise it is the next paragraph.
   */
  leadIn(speaker: string, block: number, fillsOwnParagraph: boolean): void {
    if (block >= 0) this.colon = { speaker, from: block, block: fillsOwnParagraph ? block : null };
  }

  /**
   * The speaker of the colon lead-in's account at paragraph `block`, quoted or not, or null; the account is dropped
   * once its paragraph is past. Call once per sentence, in order.
   */
  leadInHolder(block: number): string | null {
    const colon = this.colon;
    if (!colon) return null;
    if (colon.block === null && block > colon.from) colon.block = block;
    if (colon.block === block) return colon.speaker;
    if (colon.block !== null || block < colon.from) this.colon = null;
    return null;
  }

  /** A sentence found to be someone's: it ends a colon lead-in's account when it is someone else's. */
  attributed(speaker: string, leadInSpeaker: string | null): void {
    if (leadInSpeaker && speaker !== leadInSpeaker) this.colon = null;
  }
}
