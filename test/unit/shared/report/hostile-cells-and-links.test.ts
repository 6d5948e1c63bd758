import { describe, expect, it } from 'vitest';
import { externalTargetOf } from '../../../../main/shell/web-security';
import { csvField } from '../../../../shared/report/csv';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import { safeExternalUrl } from '../../../../shared/util/safe-url';
import { GOLDEN_ORGANISATION, loadProject, NEWSROOM_PROJECT } from './fixture';

/**
 * Issue 16, item 14: spreadsheet formulas hidden behind whitespace, full-width
 * signs or a line break; script and data URLs in JSON-LD; mailto links that
 * ask the mail program to attach a local file.
 */

describe('CSV cells a spreadsheet would run as a formula', () => {
  const formulas = [
    ' =HYPERLINK("https://evil.example","x")',
    '\t=1+1',
    '  +SUM(A1:A9)',
    '\u00a0-2+3',
    '\u3000@SUM(A1)',
    '＝1+1',
    '＋cmd',
    '－1',
    '＠SUM(A1)',
    ' ＝1',
    '\n=1+1',
    "first line\n=cmd|' /C calc'!A0",
    'first line\r\n@SUM(A1)',
  ];
  for (const value of formulas) {
    it(`neutralises ${JSON.stringify(value)}: every line that could start a formula starts with an apostrophe`, () => {
      const field = csvField(value);
      const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      for (const line of unquoted.split(/\r?\n|\r/))
        expect(line, JSON.stringify(unquoted)).not.toMatch(/^[\s\u3000]*[=+\-@＝＋－＠]/u);
      expect(unquoted.replace(/'/g, '')).toBe(value.replace(/'/g, ''));
    });
  }

  it('leaves ordinary text alone', () => {
    expect(csvField('Council says 4% rise')).toBe('Council says 4% rise');
    expect(csvField('a = b, or not')).toBe('"a = b, or not"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('JSON-LD exports', () => {
  function projectWithUrls(url: string) {
    const project = loadProject(NEWSROOM_PROJECT);
    return {
      ...project,
      article: { ...project.article, url },
      sources: project.sources.map((source) => ({ ...source, url })),
    };
  }

  for (const url of [
    'javascript:alert(document.domain)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ]) {
    it(`drop ${JSON.stringify(url)} as the HTML and Markdown reports do`, () => {
      const options = { ...DEFAULT_REPORT_OPTIONS, ...GOLDEN_ORGANISATION };
      for (const format of ['claimreview', 'annotations'] as const) {
        const text = renderReport(projectWithUrls(url), format, options);
        expect(text.toLowerCase(), format).not.toMatch(/javascript:|data:|vbscript:|file:/);
      }
      // As the organisation's or the review's own address it is no address at all: ClaimReview is not written.
      expect(() => renderReport(projectWithUrls(url), 'claimreview', { ...options, organisationUrl: url })).toThrow(
        /the organisation’s web address/,
      );
      expect(() => renderReport(projectWithUrls(url), 'claimreview', { ...options, reviewUrl: url })).toThrow(
        /the review URL/,
      );
    });
  }

  it('keep web addresses', () => {
    const text = renderReport(projectWithUrls('https://harbour-ledger.example/story'), 'claimreview', {
      ...DEFAULT_REPORT_OPTIONS,
      ...GOLDEN_ORGANISATION,
    });
    expect(text).toContain('https://harbour-ledger.example/story');
  });
});

describe('mailto links', () => {
  it('lose attach= and every field but to, cc, bcc, subject and body before they leave the app', () => {
    const hostile =
      'mailto:desk@harbour-ledger.example?subject=Leak&attach=/home/kim/.ssh/id_rsa&Attachment=%2Fetc%2Fpasswd&body=Hello&cc=ed@harbour-ledger.example&X-Mailer=1';
    for (const check of [safeExternalUrl, externalTargetOf]) {
      const target = check(hostile);
      expect(target).toBe('mailto:desk@harbour-ledger.example?subject=Leak&body=Hello&cc=ed@harbour-ledger.example');
    }
    expect(safeExternalUrl('mailto:desk@harbour-ledger.example?attach=x')).toBe('mailto:desk@harbour-ledger.example');
    expect(safeExternalUrl('mailto:desk@harbour-ledger.example')).toBe('mailto:desk@harbour-ledger.example');
  });
});
