import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../lexicon';
import { SpeakerTracker } from './index';
import { speakersByParagraph } from './speakers-of-paragraphs';

describe('references: "esta última", "este último" (the latter)', () => {
  it('es: the person named last in the sentence before, of the phrase’s gender', () => {
    expect(
      speakersByParagraph(
        [
          'La campaña recorrió la ciudad con la esposa del candidato, Verónica Alcocer, y la gestora social Diana Osorio.',
          'Esta última dijo que votará por el candidato.',
        ],
        'es',
      ),
    ).toEqual([null, 'Diana Osorio']);
  });

  it('pt: a male "este último" skips a woman known as one', () => {
    expect(
      speakersByParagraph(
        [
          'O encontro reuniu o senador Carlos Souza e a ministra Ana Lima, que chegou depois.',
          'Este último afirmou que o acordo está próximo.',
        ],
        'pt',
      ),
    ).toEqual([null, 'Carlos Souza']);
  });

  it('names nobody when the sentence before named no one, or the phrase only qualifies a noun', () => {
    expect(
      speakersByParagraph(['El mercado cerró en alza.', 'Esta última dijo que el índice subirá.'], 'es').at(-1),
    ).toBeNull();
    expect(
      speakersByParagraph(
        ['La ministra Ana Lima visitó la planta.', 'Este último trimestre fue bueno para la empresa.'],
        'es',
      ).at(-1),
    ).toBeNull();
  });
});

describe('references: a description taking up the subject named before', () => {
  it('pt: a name after an opening phrase, with its party in parentheses, is the subject "O parlamentar" takes up', () => {
    expect(
      speakersByParagraph(
        [
          'Em busca de uma solução, o presidente do Senado, Rodrigo Pacheco (PSD-MG), se reuniu com o presidente do STF, Luiz Fux.',
          'O parlamentar reforçou o apoio e o respeito do Congresso Nacional à Corte, diante dos ataques.',
        ],
        'pt',
      ),
    ).toEqual([null, 'Rodrigo Pacheco']);
  });

  it('es: a name governed by a preposition after the parenthesis is no subject ("con el ministro, Juan Pérez (PS), que …")', () => {
    expect(
      speakersByParagraph(
        [
          'El plan fue discutido con el ministro de Obras, Juan Pérez (PS), que lo apoya desde marzo.',
          'El diputado reforzó el apoyo al proyecto.',
        ],
        'es',
      ).at(-1),
    ).not.toBe('Juan Pérez');
  });
});

describe('references: unheldRole reads, heldRole notes', () => {
  class Probe extends SpeakerTracker {
    read(text: string) {
      return { read: this.unheldRole(text), noted: this.describedRole };
    }
    held(text: string) {
      return { held: this.heldRole(text), noted: this.describedRole };
    }
  }

  it('es: a title nobody holds is returned as a role without being noted; heldRole notes it', () => {
    const probe = new Probe(lexiconFor('es'), 'es', false);
    expect(probe.read('El ministro de Salud')).toEqual({ read: { role: 'ministro de Salud' }, noted: null });
    expect(probe.held('El ministro de Salud')).toEqual({ held: null, noted: 'ministro de Salud' });
  });

  it('es: the one person named with the title is its holder', () => {
    const probe = new Probe(lexiconFor('es'), 'es', false);
    probe.speakerOf('El ministro de Salud, Juan Pérez, visitó el hospital.');
    expect(probe.read('El ministro de Salud').read).toEqual({ holder: 'Juan Pérez' });
    expect(probe.held('El ministro de Salud').held).toBe('Juan Pérez');
  });
});

describe('references: a title written with a capital ("et le Premier ministre")', () => {
  it('fr: a capitalised word of the title does not make the title a name', () => {
    expect(
      speakersByParagraph(
        [
          'Le Premier ministre Andrej Babiš a parlé hier.',
          'Les appels se sont multipliés, et le Premier ministre a fait savoir qu’il le soutenait.',
        ],
        'fr',
      ),
    ).toEqual([null, 'Andrej Babiš']);
  });

  it('a capitalised word that is no title is still a name', () => {
    expect(
      speakersByParagraph(
        [
          'Le Premier ministre Andrej Babiš a parlé hier.',
          'Les appels se sont multipliés, et le Premier ministre Tomáš Novák a fait savoir qu’il partait.',
        ],
        'fr',
      ).at(-1),
    ).not.toBe('Andrej Babiš');
  });
});
