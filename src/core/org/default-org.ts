// The default organisation: 临夏回族自治州 (GB/T 2260 code 622900), its eight county-level units,
// its county governments and the 州直 departments that plans name. Another prefecture is another
// value of this shape (loaded from a JSON file at first start), not a code change.

export interface RegionSeed {
  code: string;
  name: string;
  shortName: string;
}

export interface UnitSeed {
  name: string;
  shortName: string;
  kind: 'department' | 'county_government' | 'development_zone';
  /** Region the unit belongs to: the prefecture for 州直 departments. */
  regionCode: string;
  aliases: string[];
}

export interface OrgSeed {
  prefecture: RegionSeed;
  /** How documents abbreviate the prefecture in unit names: 州文旅局 = 临夏州文化和旅游局. */
  prefectureAbbreviations: string[];
  counties: RegionSeed[];
  units: UnitSeed[];
}

const P = '622900';

function dept(shortSuffix: string, fullSuffix: string, extraAliases: string[] = []): UnitSeed {
  return {
    name: `临夏州${fullSuffix}`,
    shortName: `州${shortSuffix}`,
    kind: 'department',
    regionCode: P,
    aliases: [`州${shortSuffix}`, `临夏回族自治州${fullSuffix}`, ...extraAliases],
  };
}

const counties: RegionSeed[] = [
  { code: '622901', name: '临夏市', shortName: '临夏市' },
  { code: '622921', name: '临夏县', shortName: '临夏县' },
  { code: '622922', name: '康乐县', shortName: '康乐县' },
  { code: '622923', name: '永靖县', shortName: '永靖县' },
  { code: '622924', name: '广河县', shortName: '广河县' },
  { code: '622925', name: '和政县', shortName: '和政县' },
  { code: '622926', name: '东乡族自治县', shortName: '东乡县' },
  { code: '622927', name: '积石山保安族东乡族撒拉族自治县', shortName: '积石山县' },
];

export const DEFAULT_ORG: OrgSeed = {
  prefecture: { code: P, name: '临夏回族自治州', shortName: '临夏州' },
  prefectureAbbreviations: ['临夏回族自治州', '临夏州', '州'],
  counties,
  units: [
    dept('文旅局', '文化和旅游局', ['州文化和旅游局']),
    dept('住建局', '住房和城乡建设局', ['州住房和城乡建设局']),
    dept('农业农村局', '农业农村局'),
    dept('工信局', '工业和信息化局', ['州工业和信息化局']),
    dept('交通局', '交通运输局', ['州交通运输局']),
    dept('商务局', '商务局'),
    dept('发改委', '发展和改革委员会', ['州发展和改革委员会', '州发展改革委']),
    dept('乡村振兴局', '乡村振兴局'),
    dept('自然资源局', '自然资源局'),
    dept('科技局', '科学技术局', ['州科学技术局']),
    dept('市场监管局', '市场监督管理局', ['州市场监督管理局']),
    dept('招商局', '招商局', ['州投资促进局']),
    dept('人社局', '人力资源和社会保障局', ['州人力资源和社会保障局']),
    dept('教育局', '教育局'),
    dept('财政局', '财政局'),
    dept('公安局', '公安局'),
    dept('卫健委', '卫生健康委员会', ['州卫生健康委员会', '州卫生健康委']),
    dept('水务局', '水务局', ['州水利局']),
    dept('民政局', '民政局'),
    dept('生态环境局', '生态环境局'),
    dept('体育局', '体育局'),
    dept('政府金融办', '人民政府金融工作办公室', ['州金融办', '州人民政府金融工作办公室']),
    dept('统计局', '统计局'),
    dept('林草局', '林业和草原局', ['州林业和草原局']),
    dept('应急局', '应急管理局', ['州应急管理局']),
    dept('药监局', '药品监督管理局'),
    dept('总工会', '总工会'),
    {
      name: '临夏经济开发区管理委员会',
      shortName: '经济开发区',
      kind: 'development_zone',
      regionCode: P,
      aliases: ['经济开发区', '临夏经济开发区', '经开区', '临夏经济开发区管委会'],
    },
    ...counties.map(
      (c): UnitSeed => ({
        name: `${c.name}人民政府`,
        shortName: `${c.shortName}政府`,
        kind: 'county_government',
        regionCode: c.code,
        aliases: [...new Set([`${c.shortName}人民政府`, `${c.shortName}政府`, `${c.name}政府`])].filter(
          (a) => a !== `${c.name}人民政府`,
        ),
      }),
    ),
  ],
};
