import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './file-transfer.ts';

describe('Content-Disposition of downloads', () => {
  it('is an attachment with the name in UTF-8 and an ASCII fallback (RFC 6266, RFC 5987)', () => {
    const h = attachmentDisposition('2023年考核结果(县市).xlsx', 'assessment-3.xlsx');
    expect(h).toBe(
      `attachment; filename="assessment-3.xlsx"; filename*=UTF-8''${encodeURIComponent('2023年考核结果')}%28${encodeURIComponent('县市')}%29.xlsx`,
    );
    expect(decodeURIComponent(h.split("UTF-8''")[1] as string)).toBe('2023年考核结果(县市).xlsx');
  });

  it('makes a fallback when none is given, and never lets a quote or backslash end the header value', () => {
    expect(attachmentDisposition('证据"a\\b.pdf')).toBe(
      `attachment; filename="___a_b.pdf"; filename*=UTF-8''${encodeURIComponent('证据"a\\b.pdf')}`,
    );
  });
});
