import { describe, expect, it } from 'vitest';
import { CASES } from '../../../tests/disclaimer-set/cases';
import { buildCasePage, caseArticleText } from '../../../tests/disclaimer-set/page';
import { detectDisclaimer } from './index';

function detect(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectDisclaimer(doc, caseArticleText(doc));
}

// The labelled set the eval script scores; here every case must pass, so a pattern change that
// loses one shows up in the unit run too.
describe('labelled disclaimer set', () => {
  it('covers at least 10 languages and every look-alike kind', () => {
    const languages = new Set(
      CASES.filter((item) => item.expect === 'disclaimer').map((item) => item.lang.split('-')[0]),
    );
    const lookAlikes = new Set(CASES.flatMap((item) => (item.expect === 'none' ? [item.lookAlike] : [])));
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(languages.size).toBeGreaterThanOrEqual(10);
    expect(lookAlikes.size).toBe(9);
  });

  for (const item of CASES) {
    if (item.expect === 'disclaimer') {
      it(`flags ${item.id}`, () => {
        const flag = detect(buildCasePage(item));
        expect(flag?.kinds).toEqual(item.kinds);
        if (item.host) expect(flag?.host).toBe(item.host);
        expect(flag?.location).toBe(item.placement.startsWith('article') ? 'article' : 'page');
      });
    } else {
      it(`does not flag ${item.id} (${item.lookAlike})`, () => {
        expect(detect(buildCasePage(item))).toBeNull();
      });
    }
  }
});
