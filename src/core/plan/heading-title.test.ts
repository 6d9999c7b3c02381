import { describe, expect, it } from 'vitest';
import { splitHeadingTitle } from './heading-title.ts';

const title = (content: string) => splitHeadingTitle(content).title;

describe('splitHeadingTitle', () => {
  it('ends the title at a line break', () => {
    expect(title('着力提升特色产业质量水平\n重点围绕打造文化旅游')).toBe('着力提升特色产业质量水平');
  });

  it('takes short content as a whole title', () => {
    expect(title('总体要求')).toBe('总体要求');
    expect(title('保障措施:')).toBe('保障措施');
  });

  it('ends the title where a typical body sentence opens', () => {
    expect(title('指导思想以习近平新时代中国特色社会主义思想为指导,认真贯彻')).toBe('指导思想');
    expect(title('基本原则坚持以质量第一为价值导向。牢固树立')).toBe('基本原则');
    expect(title('主要目标2023年,全州质量合格率有明显提升')).toBe('主要目标');
    expect(title('着力提升特色产业质量水平重点围绕打造文化旅游、食用菌')).toBe('着力提升特色产业质量水平');
    expect(title('着力提升建设工程质量水平在全州交通、水利、市政')).toBe('着力提升建设工程质量水平');
    expect(title('着力加快标准体系提档升级改革标准供给体系,推动')).toBe('着力加快标准体系提档升级');
    expect(title('着力提升企业质量发展能力着力提升规模以上企业质量发展水平。实施')).toBe('着力提升企业质量发展能力');
  });

  it('ends the title at a short first sentence', () => {
    expect(title('加强组织领导。健全质量工作体制机制')).toBe('加强组织领导');
    expect(title('强化宣传引导。各县市、各部门要通过')).toBe('强化宣传引导');
    expect(title('严格督查问责。对工作不力的')).toBe('严格督查问责');
  });

  it('reports where the body starts', () => {
    const content = '加强组织领导。健全机制';
    expect(content.slice(splitHeadingTitle(content).bodyOffset)).toBe('健全机制');
  });

  it('flags a title it had to guess', () => {
    const split = splitHeadingTitle('这是一段没有任何常见标题词语的很长很长的文字一直写下去没有停顿,然后才有逗号');
    expect(split.guessed).toBe(true);
    expect(split.title.length).toBeLessThanOrEqual(20);
  });
});
