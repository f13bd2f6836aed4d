// Snippets: the best window of about 200 characters, cut between words, matches in <mark>
// (accent- and case-insensitive prefix matches), everything else escaped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTerms } from '../src/lib/text.ts';
import { hasMatch, snippetParts, snippetText } from '../src/features/library/domain/snippet.ts';
import { highlight, snippet } from '../src/features/library/views-parts.ts';

const marks = (value: string) => [...value.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('search snippets', () => {
  it('marks accent- and case-insensitive prefix matches', () => {
    const out = snippet(
      'The Bèta&TechMentality tool and BETA teachers; alphabet is no match.',
      searchTerms('beta'),
    );
    assert.deepEqual(marks(out.value), ['Bèta', 'BETA']);
    assert.deepEqual(marks(snippet('Onderwijs in Nederland', searchTerms('ONDERW')).value), ['Onderwijs']);
    assert.deepEqual(marks(snippet('Citizens of Zürich', searchTerms('zurich')).value), ['Zürich']);
  });

  it('escapes everything around the marks', () => {
    const out = snippet('<script>alert("beta")</script> & <b>beta</b>', searchTerms('beta')).value;
    assert.equal(
      out,
      '&lt;script&gt;alert(&quot;<mark>beta</mark>&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>beta</mark>&lt;/b&gt;',
    );
  });

  it('picks the window that holds the terms, cut between words, with ellipses', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    const text = `${filler}the partnership between schools and companies grows ${filler}`;
    const parts = snippetParts(text, searchTerms('partnership companies'));
    const plain = parts.map((p) => p.text).join('');
    assert.ok(plain.startsWith('… '), plain);
    assert.ok(plain.endsWith(' …'), plain);
    assert.ok(plain.length <= 200 + 4, `length ${plain.length}`);
    assert.deepEqual(
      parts.filter((p) => p.match).map((p) => p.text),
      ['partnership', 'companies'],
    );
    // No word is cut: every word of the snippet is a whole word of the text.
    for (const word of plain.replace(/…/g, '').trim().split(/\s+/))
      assert.ok(text.split(/\s+/).includes(word), word);
  });

  it('prefers the window with the most distinct terms', () => {
    const text = `alpha ${'x '.repeat(200)} alpha beta together ${'y '.repeat(200)}`;
    assert.deepEqual(marks(snippet(text, searchTerms('alpha beta')).value), ['alpha', 'beta']);
  });

  it('falls back to the start of the text when nothing matches', () => {
    const text = 'First sentence here. '.repeat(30);
    const out = snippetText(text, searchTerms('zebra'));
    assert.ok(out.startsWith('First sentence here.'));
    assert.ok(out.endsWith(' …'));
    assert.equal(hasMatch(text, searchTerms('zebra')), false);
    assert.equal(hasMatch(text, searchTerms('SENT')), true);
  });

  it('handles empty, emoji, huge and odd input', () => {
    assert.equal(snippet('', ['x']).value, '');
    assert.equal(snippet('   ', []).value, '');
    assert.equal(snippet('🎉🎉 party 🎉', searchTerms('🎉')).value, '🎉🎉 party 🎉');
    const huge = `${'word '.repeat(5000)}needle ${'word '.repeat(5000)}`;
    const started = performance.now();
    assert.deepEqual(marks(snippet(huge, searchTerms('needle')).value), ['needle']);
    assert.ok(performance.now() - started < 500, 'fast on long texts');
    const many = 'match '.repeat(5000);
    assert.ok(marks(snippet(many, ['match']).value).length > 10);
    assert.equal(
      snippetText('a'.repeat(1000), ['a']).length <= 202,
      true,
      'one very long word is cut rather than overflowing',
    );
    assert.deepEqual(marks(snippet('C++ and "x" in C#', searchTerms('c++ "x')).value), ['C', 'x', 'C']);
  });
});

describe('title highlighting', () => {
  it('marks every match in the whole text and escapes the rest', () => {
    assert.equal(
      highlight('Bèta & <Beta>', searchTerms('beta')).value,
      '<mark>Bèta</mark> &amp; &lt;<mark>Beta</mark>&gt;',
    );
    assert.equal(highlight('No match', ['zz']).value, 'No match');
  });
});
