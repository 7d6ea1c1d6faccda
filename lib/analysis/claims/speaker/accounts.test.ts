import { describe, expect, it } from 'vitest';
import { AccountModel, CUE_REACH } from './accounts';
import { lexiconFor } from '../lexicon';
import { SpeakerTracker } from './index';

describe('AccountModel', () => {
  it('gives nobody the floor before anyone speaks', () => {
    const accounts = new AccountModel();
    expect(accounts.holder(0, 'opens-quote')).toBeNull();
    expect(accounts.leadInHolder(0)).toBeNull();
    expect(accounts.last).toBeNull();
  });

  it('carries an account to a continuing sentence only within the reach of its cue', () => {
    const accounts = new AccountModel();
    accounts.speaks('Ana Pérez', 3);
    expect(accounts.holder(3, 'opens-quote')).toBe('Ana Pérez');
    expect(accounts.holder(3 + CUE_REACH['opens-quote'], 'opens-quote')).toBe('Ana Pérez');
    expect(accounts.holder(3 + CUE_REACH['opens-quote'] + 1, 'opens-quote')).toBeNull();
    // A quotation running on reaches only the next paragraph; Japanese ellipsis reaches further.
    expect(accounts.holder(4, 'running-quote')).toBe('Ana Pérez');
    expect(accounts.holder(5, 'running-quote')).toBeNull();
    expect(accounts.holder(7, 'ellipsis')).toBe('Ana Pérez');
  });

  it('measures the reach from the account’s last sentence', () => {
    const accounts = new AccountModel();
    accounts.speaks('Ana Pérez', 1);
    accounts.speaks('Ana Pérez', 4);
    expect(accounts.holder(6, 'reportive')).toBe('Ana Pérez');
    expect(accounts.last).toEqual({ speaker: 'Ana Pérez', block: 4 });
  });

  it('lets a new speaker take the floor', () => {
    const accounts = new AccountModel();
    accounts.speaks('Ana Pérez', 1);
    accounts.speaks('Juan Gil', 2);
    expect(accounts.holder(2, 'dropped-subject')).toBe('Juan Gil');
  });

  it('gives a colon lead-in the rest of its own paragraph, and no more', () => {
    const accounts = new AccountModel();
    accounts.leadIn('Petra Steger', 2, true);
    expect(accounts.leadInHolder(2)).toBe('Petra Steger');
    expect(accounts.leadInHolder(2)).toBe('Petra Steger');
    expect(accounts.leadInHolder(3)).toBeNull();
    expect(accounts.leadInHolder(2)).toBeNull();
  });

  it('gives a lead-in closing its paragraph the next paragraph', () => {
    const accounts = new AccountModel();
    accounts.leadIn('Petra Steger', 2, false);
    expect(accounts.leadInHolder(3)).toBe('Petra Steger');
    expect(accounts.leadInHolder(3)).toBe('Petra Steger');
    expect(accounts.leadInHolder(4)).toBeNull();
  });

  it('ends a lead-in’s account at a sentence someone else speaks, not at one of the same speaker', () => {
    const accounts = new AccountModel();
    accounts.leadIn('Petra Steger', 2, true);
    accounts.attributed('Petra Steger', accounts.leadInHolder(2));
    expect(accounts.leadInHolder(2)).toBe('Petra Steger');
    accounts.attributed('Herbert Kickl', accounts.leadInHolder(2));
    expect(accounts.leadInHolder(2)).toBeNull();
  });

  it('ignores a lead-in outside any paragraph', () => {
    const accounts = new AccountModel();
    accounts.leadIn('Petra Steger', -1, false);
    expect(accounts.leadInHolder(0)).toBeNull();
  });
});

describe('SpeakerTracker through its accounts', () => {
  it('carries a quotation one paragraph of narration on, and no further', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    expect(tracker.speakerOf('“We will appeal,” said Jane Doe, the company’s lawyer.', 0)).toBe('Jane Doe');
    expect(tracker.speakerOf('The court meets again in May.', 1)).toBeNull();
    expect(tracker.speakerOf('“The ruling is wrong in law.”', 2)).toBe('Jane Doe');
    expect(tracker.speakerOf('The case began in 2019.', 3)).toBeNull();
    expect(tracker.speakerOf('The firm has 200 staff.', 4)).toBeNull();
    expect(tracker.speakerOf('The firm was founded in 1990.', 5)).toBeNull();
    expect(tracker.speakerOf('“It is an old quarrel.”', 6)).toBeNull();
  });

  it('leaves a sentence of the speaker’s paragraph without a cue to the writer', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    expect(tracker.speakerOf('Jane Doe said the firm would appeal.', 0)).toBe('Jane Doe');
    expect(tracker.speakerOf('The court meets again in May.', 0)).toBeNull();
  });
});

describe('AccountModel: a source opening a sentence', () => {
  it('holds the rest of its paragraph, until someone else speaks', () => {
    const accounts = new AccountModel();
    accounts.sourced('Consejo Electoral Nacional', 2, true);
    expect(accounts.sourceHolder(2)).toBe('Consejo Electoral Nacional');
    expect(accounts.sourceHolder(3)).toBeNull();
    accounts.sourced('Consejo Electoral Nacional', 2, false);
    expect(accounts.sourceHolder(2)).toBe('Consejo Electoral Nacional');
    accounts.sourced('Ana Pérez', 2, false);
    expect(accounts.sourceHolder(2)).toBeNull();
  });
});

describe('SpeakerTracker: figures after "Según información de …" (es, pt)', () => {
  it('es: a figure later in the paragraph naming nobody is the source’s; narration without one, or the next paragraph, is not', () => {
    const tracker = new SpeakerTracker(lexiconFor('es'), 'es', false);
    expect(
      tracker.speakerOf(
        'Según información del Consejo Electoral Nacional, ya fue celebrado el total de las reuniones.',
        0,
      ),
    ).toBe('Consejo Electoral Nacional');
    expect(tracker.speakerOf('Superaron en número las 79 000 reuniones y participaron 6 500 000 personas.', 0)).toBe(
      'Consejo Electoral Nacional',
    );
    expect(tracker.speakerOf('El proceso seguirá con nuevas consultas.', 0)).toBeNull();
    expect(tracker.speakerOf('Se realizaron más de 330 000 intervenciones.', 1)).toBeNull();
  });

  it('pt: a figure naming a person of its own is not carried', () => {
    const tracker = new SpeakerTracker(lexiconFor('pt'), 'pt', false);
    expect(tracker.speakerOf('Segundo o Ministério da Saúde, foram registrados 1.200 casos na semana.', 0)).toBe(
      'Ministério da Saúde',
    );
    expect(tracker.speakerOf('O ministro Marcelo Queiroga visitou 12 hospitais em 2021.', 0)).not.toBe(
      'Ministério da Saúde',
    );
  });

  it('en: no carrying in a language that keeps its subjects', () => {
    const tracker = new SpeakerTracker(lexiconFor('en'), 'en', false);
    expect(tracker.speakerOf('According to the Electoral Council, all meetings were held.', 0)).toBe(
      'Electoral Council',
    );
    expect(tracker.speakerOf('More than 79,000 meetings took place.', 0)).toBeNull();
  });
});
