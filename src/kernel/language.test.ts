import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localName, pickLanguage, pickText } from './language.ts';

describe('the language-fallback rule', () => {
  it('takes the reader’s language first', () => {
    assert.equal(pickLanguage(['de', 'en', 'nl'], 'nl', 'de'), 'nl');
  });

  it('then the original language of the record', () => {
    assert.equal(pickLanguage(['de', 'en', 'fr'], 'nl', 'fr'), 'fr');
  });

  it('then English', () => {
    assert.equal(pickLanguage(['de', 'en', 'fr'], 'nl'), 'en');
    assert.equal(pickLanguage(['de', 'en', 'fr'], 'nl', 'es'), 'en', 'an original that is not there');
  });

  it('then the first language in alphabetical order, whatever the storage order', () => {
    assert.equal(pickLanguage(['fr', 'de', 'es'], 'nl'), 'de');
    assert.equal(pickLanguage(new Set(['sv', 'da']), 'nl', null), 'da');
    assert.equal(pickLanguage([], 'nl'), null);
  });

  it('picks a text, ignoring blank ones, and says in which language', () => {
    assert.deepEqual(pickText({ nl: '  ', en: 'Hello', de: 'Hallo' }, 'nl'), { text: 'Hello', lang: 'en' });
    assert.deepEqual(pickText({ de: 'Hallo', fr: 'Bonjour' }, 'nl', 'fr'), { text: 'Bonjour', lang: 'fr' });
    assert.equal(pickText({ en: '' }, 'en'), null);
  });

  it('names a thing in the reader’s language, or gives the fallback', () => {
    assert.equal(localName({ en: 'Flanders', nl: 'Vlaanderen' }, 'nl', 'flanders'), 'Vlaanderen');
    assert.equal(localName({ en: 'Flanders' }, 'nl', 'flanders'), 'Flanders');
    assert.equal(localName({}, 'nl', 'flanders'), 'flanders');
  });
});
