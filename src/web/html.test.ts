import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, localPath, raw, safeUrl } from './html.ts';

describe('html renderer', () => {
  it('escapes every interpolation by default', () => {
    const evil = `<script>alert("x")</script>&'`;
    assert.equal(
      html`<p title="${evil}">${evil}</p>`.value,
      `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>`,
    );
  });

  it('keeps nested templates and arrays, drops null/undefined/false', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    assert.equal(
      html`<ul>${items}${null}${undefined}${false}</ul>`.value,
      '<ul><li>a&lt;b</li><li>c</li></ul>',
    );
    assert.equal(html`${0}`.value, '0');
  });

  it('passes raw() through untouched', () => {
    assert.equal(html`${raw('<b>ok</b>')}`.value, '<b>ok</b>');
    assert.equal(escapeHtml('"'), '&quot;');
  });

  it('allows only safe link targets', () => {
    assert.equal(safeUrl('javascript:alert(1)'), null);
    assert.equal(safeUrl(' JAVASCRIPT:alert(1)'), null);
    assert.equal(safeUrl('data:text/html,x'), null);
    assert.equal(safeUrl('https://example.org/a?b=c'), 'https://example.org/a?b=c');
    assert.equal(safeUrl('/en/library'), '/en/library');
    assert.equal(safeUrl('//evil.example'), null);
  });

  it('accepts only local paths for redirects', () => {
    assert.equal(localPath('/en/account'), '/en/account');
    assert.equal(localPath('//evil.example/x'), null);
    assert.equal(localPath('/\\evil.example'), null);
    assert.equal(localPath('https://evil.example'), null);
    assert.equal(localPath(42), null);
  });
});
