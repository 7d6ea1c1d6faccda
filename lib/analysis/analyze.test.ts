import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/fixtures/load';
import { analyzePage } from './analyze';

const URL = 'https://docs.example/guide/install';

const page = (body: string) =>
  parseHtml(`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`, URL).document;

const TUTORIAL = `<main><article><h1>Install the command-line tool</h1>
<p>You can install the tool on any machine that runs a recent version of the runtime. First make sure that the runtime
is on your path, then open a terminal in the folder where you keep your projects.</p>
<pre>npm install --global example-tool</pre>
<p>When the install has finished, check that the tool answers with its version number. If it does not, close the
terminal, open a new one and try again, since the path is only read when a terminal starts.</p>
<pre>example-tool --version</pre>
<p>Now create a project of your own. The tool asks you a few questions about the name and the licence, and writes a
configuration file that you can edit later in any text editor you like.</p>
<pre>example-tool init my-project</pre>
<p>Your project is ready. Read the next page of this guide to learn how to add your first module to it and how to run
its tests before you publish anything.</p></article></main>`;

describe('analyzePage: a page that is no story', () => {
  it('gives the rule that judged it no story beside story: false', () => {
    const analysis = analyzePage(page(TUTORIAL), URL);
    expect(analysis.article).not.toBeNull();
    expect(analysis.claims).toEqual([]);
    expect(analysis.story).toBe(false);
    expect(analysis.noStoryRule).toBe('code');
  });

  it('gives no rule where there is no article to judge', () => {
    const analysis = analyzePage(page('<nav><a href="/a">Home</a></nav>'), URL);
    expect(analysis.article).toBeNull();
    expect(analysis.story).toBe(false);
    expect(analysis).not.toHaveProperty('noStoryRule');
  });
});
