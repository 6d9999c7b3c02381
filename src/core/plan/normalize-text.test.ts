import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('maps full-width punctuation and digits to half-width', () => {
    expect(normalizeText('（一）合格率达到９８．５％；牵头单位：州发改委，州工信局').text).toBe(
      '(一)合格率达到98.5%;牵头单位:州发改委,州工信局',
    );
  });

  it('keeps Chinese sentence punctuation', () => {
    expect(normalizeText('加强领导。推动“质量强州”、品牌建设').text).toBe('加强领导。推动“质量强州”、品牌建设');
  });

  it('drops spaces between Chinese characters and blank lines, keeps line breaks', () => {
    expect(normalizeText('一、 总体要求\r\n\r\n  （一） 指导思想  \n\nGB/T 19001 标准').text).toBe(
      '一、总体要求\n(一)指导思想\nGB/T 19001标准',
    );
  });

  it('reads OCR noise and warns', () => {
    const { text, warnings } = normalizeText('达标率为100%o二、重点任务(+)标准 覆盖率达到100虬深入推进(+一)x');
    expect(text).toBe('达标率为100%。二、重点任务(十)标准覆盖率达到100%。深入推进(十一)x');
    expect(warnings.map((w) => w.code)).toEqual(['OCR_PERCENT', 'OCR_PLUS_AS_TEN', 'OCR_PERCENT', 'OCR_PLUS_AS_TEN']);
    expect(text.slice(warnings[1]?.offset)).toMatch(/^\(十\)/);
  });

  it('does not touch a percent followed by a Latin word', () => {
    expect(normalizeText('占比5%or more').text).toBe('占比5%or more');
  });

  it('joins hard-wrapped lines', () => {
    const paragraphs = [
      '推进质量提升行动,持续深化质量强州建设,助推全州经济社会高质量发展,根据省质量发展领导小组办公室关于印发工作要点的通知精神,结合工作实际,制定本实施方案。',
      '以习近平新时代中国特色社会主义思想为指导,认真贯彻党的二十大精神,全面落实国家和省州关于质量工作的部署要求,以提高发展质量和效益为中心。',
    ];
    const wrap = (p: string) => p.match(/.{1,24}/g)?.join('\n') ?? '';
    const { text, warnings } = normalizeText(paragraphs.map(wrap).join('\n'));
    expect(text.split('\n')).toEqual(paragraphs);
    expect(warnings.map((w) => w.code)).toContain('TEXT_UNWRAPPED');
  });

  it('leaves ordinary paragraphs alone', () => {
    const text = '一、总体要求\n(一)指导思想\n以习近平新时代中国特色社会主义思想为指导,全面落实部署要求。';
    expect(normalizeText(text).text).toBe(text);
  });
});
