import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    const out = renderMarkdown(
      '# Title\n\nSome **bold** and [a link](https://example.org).\n\n- one\n- two',
    ).value;
    assert.match(out, /<h2>Title<\/h2>/);
    assert.match(out, /<strong>bold<\/strong>/);
    assert.match(out, /<a href="https:\/\/example.org" rel="noopener noreferrer">a link<\/a>/);
    assert.match(out, /<li>one<\/li>/);
  });

  it('renders script and event handlers inert', () => {
    for (const payload of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
    ]) {
      const out = renderMarkdown(payload).value;
      assert.doesNotMatch(out, /<(script|img|svg)\b|href="(javascript|data):/i, `${payload} → ${out}`);
    }
  });
});
