import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, INTERNAL_CSV_HEADER } from '../../../../shared/report/csv';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/options';
import { renderReport } from '../../../../shared/report/render';
import { INTERNAL, loadProject, NEWSROOM_PROJECT } from './fixture';

const project = loadProject(NEWSROOM_PROJECT);

describe('CSV', () => {
  it('quotes fields by RFC 4180 and keeps formulas as text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('李明华 🚢 ليلى')).toBe('李明华 🚢 ليلى');
  });

  it('starts with a BOM, ends rows with CRLF, one row per claim', () => {
    const csv = renderReport(project, 'csv', INTERNAL);
    expect(csv.startsWith('\uFEFFNumber,Anchor,Claim,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv
      .slice(1)
      .split(/\r\n(?=\d+,|$)/)
      .filter(Boolean);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[0]).toBe(INTERNAL_CSV_HEADER.join(','));
    expect(rows[4]).toBe(
      '4,#claim-4,李明华 said passenger numbers rose by 18% last year,李明华,Mostly accurate,"Passenger journeys rose 18.3% in 2025, which rounds to 18%.",1,S1 Northgate Harbour Board annual report 2025,attributed,Awaiting review,,"Rose 18.3%, rounded to 18% — fair, but ""last year"" is 2025, not 2026."',
    );
  });

  it('publication CSV: approved claims only, their own numbers, no internal columns', () => {
    const rows = renderReport(project, 'csv', DEFAULT_REPORT_OPTIONS)
      .slice(1)
      .split(/\r\n(?=\d+,|$)/)
      .filter(Boolean);
    expect(rows[0]).toBe(CSV_HEADER.join(','));
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['1', '3', '5', '8', '10']);
  });
});
