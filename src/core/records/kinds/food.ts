// 食品安全监督抽检 合格/不合格产品信息, as SAMR and the provincial, city and county bureaus publish
// them (formats.md). Which list a row comes from, and whether it is 监督抽检 or 风险监测:
//   passed        a 检验结论 column decides when present; otherwise a 不合格项目║检验结果║标准值
//                 column makes the list a 不合格 list (every row failed), its absence a 合格 list.
//   sampling type a 抽检类型 column when present; otherwise 风险监测 when the 任务来源 or the file or
//                 sheet name says 风险监测; otherwise 监督抽检 (what the published lists are).
// Region: the county named in the 被抽样单位地址 (else in the unit's name); rows that cannot be
// placed are kept with a warning.

import { parseFailedItems } from '../failed-items.ts';
import type { KindSpec } from '../kind-spec.ts';
import { hashKey, keyPart } from '../natural-key.ts';
import { choice, PASS_FAIL } from '../parse-choice.ts';
import { flag, place } from './common.ts';

const SAMPLING_TYPE = choice(['监督抽检', '风险监测', '评价性抽检'] as const, {
  抽检: '监督抽检',
  监督抽查: '监督抽检',
  监督抽样: '监督抽检',
  监测: '风险监测',
  风险监测抽检: '风险监测',
  评价抽检: '评价性抽检',
});

export const foodKind: KindSpec = {
  id: 'food',
  name: '食品安全抽检',
  description: '食品安全监督抽检合格/不合格产品信息(市场监管部门公布的格式);风险监测结果单独标记,不计入抽检合格率',
  naturalKey: '抽样编号;无抽样编号时为 标称生产企业+被抽样单位+食品名称+生产日期/批号+公告号',
  regionScoped: true,
  regionField: 'sampledUnitAddress',
  fields: [
    { key: 'seq', header: '序号', description: '表内序号,导入时不使用' },
    {
      key: 'producerName',
      header: '标称生产企业名称',
      synonyms: ['标称生产企业', '生产企业名称', '标称生产者名称', '生产者名称', '生产企业'],
      description: '标签上标称的生产企业',
    },
    {
      key: 'producerAddress',
      header: '标称生产企业地址',
      synonyms: ['标称生产者地址', '生产企业地址'],
      description: '标称生产企业地址',
    },
    {
      key: 'sampledUnitName',
      header: '被抽样单位名称',
      synonyms: ['被抽样单位', '被抽检单位名称', '被抽检单位', '受检单位', '受检单位名称'],
      required: true,
      description: '被抽样的生产经营者',
    },
    {
      key: 'sampledUnitAddress',
      header: '被抽样单位地址',
      synonyms: [
        '被抽样单位所在省份',
        '被抽样单位所在地',
        '被抽样单位所在地址',
        '被抽样单位所在县区',
        '被抽检单位地址',
      ],
      description: '用于确定所属县市(按地址中的县市名称,含简称如“东乡县”)',
    },
    {
      key: 'productName',
      header: '食品名称',
      synonyms: ['样品名称', '产品名称'],
      required: true,
      description: '食品名称',
    },
    { key: 'spec', header: '规格型号', synonyms: ['规格', '型号'], description: '规格型号' },
    { key: 'brand', header: '商标', synonyms: ['品牌'], description: '商标' },
    {
      key: 'batch',
      header: '生产日期/批号',
      synonyms: ['生产日期', '批号', '生产日期或批号', '购进日期', '生产(购进)日期/批号'],
      description: '生产日期、批号或购进日期,按原文保存',
    },
    {
      key: 'failedItems',
      header: '不合格项目║检验结果║标准值',
      synonyms: ['不合格项目|检验结果|标准值', '不合格项目', '不合格项目及检验结果'],
      description: '不合格产品信息表特有:每行一个不合格项目,格式为“项目║检验结果║标准值”;有此列即为不合格产品信息表',
    },
    {
      key: 'failedResult',
      header: '检验结果',
      synonyms: ['实测值', '检验值'],
      description: '不合格项目分列时的检验结果',
      template: false,
    },
    {
      key: 'failedLimit',
      header: '标准值',
      synonyms: ['标准要求', '标准限值'],
      description: '不合格项目分列时的标准值',
      template: false,
    },
    {
      key: 'category',
      header: '分类',
      synonyms: ['食品大类', '食品分类', '食品类别', '类别'],
      description: '食品大类,如 粮食加工品、肉制品',
    },
    {
      key: 'noticeNo',
      header: '公告号',
      synonyms: ['公告期号', '通告号', '期号', '公告号/期号'],
      description: '公告号或期号',
    },
    {
      key: 'noticeDate',
      header: '公告日期',
      synonyms: ['通告日期', '发布日期'],
      description: '公告日期;无抽样日期时作为记录日期',
    },
    {
      key: 'taskSource',
      header: '任务来源/项目名称',
      synonyms: ['任务来源', '项目名称', '任务来源/项目'],
      description: '如 国家市场监督管理总局、甘肃省市场监督管理局;含“风险监测”时记为风险监测',
    },
    { key: 'lab', header: '检验机构', synonyms: ['承检机构', '检验单位', '检测机构'], description: '检验机构' },
    { key: 'remark', header: '备注', description: '备注' },
    {
      key: 'sampleNo',
      header: '抽样编号',
      synonyms: ['抽样单编号', '抽样单号', '样品编号'],
      description: '抽样单编号(公开表格常无此列);有则作为记录的唯一标识',
    },
    {
      key: 'samplingDate',
      header: '抽样日期',
      synonyms: ['抽检日期', '抽样时间'],
      description: '抽样日期;有则作为记录日期',
    },
    {
      key: 'samplingType',
      header: '抽检类型',
      synonyms: ['抽样类型', '抽检类别', '任务类别', '抽检性质'],
      description: '监督抽检、风险监测 或 评价性抽检;不填时按任务来源和文件名判断,默认监督抽检',
    },
    {
      key: 'result',
      header: '检验结论',
      synonyms: ['抽检结论', '判定结论', '结论', '结果判定', '抽检结果'],
      description: '合格 或 不合格;不填时按是否填写了不合格项目判断(无此列的公布表按有无“不合格项目”列判断)',
    },
    {
      key: 'producerCreditCode',
      header: '标称生产企业统一社会信用代码',
      synonyms: ['统一社会信用代码', '生产企业统一社会信用代码', '信用代码'],
      description: '18 位统一社会信用代码,按 GB 32100 校验',
    },
  ],

  build(r, ctx) {
    const sampleNo = r.text('sampleNo');
    const producerName = r.text('producerName');
    const sampledUnitName = r.text('sampledUnitName');
    const sampledUnitAddress = r.text('sampledUnitAddress');
    const productName = r.text('productName');
    const batch = r.text('batch');
    const noticeNo = r.text('noticeNo');
    const taskSource = r.text('taskSource');
    const failedText = r.text('failedItems');
    const failedResult = r.text('failedResult');
    const failedLimit = r.text('failedLimit');

    let passed: boolean;
    const result = r.has('result') ? r.choice('result', PASS_FAIL) : null;
    if (result !== null) {
      passed = result === '合格';
      if (passed && failedText !== null) r.error('failedItems', '检验结论为合格,却填写了不合格项目,请核对');
    } else if (r.has('result')) {
      // A mixed list (the template) with the conclusion left blank: failed items decide.
      passed = failedText === null;
    } else if (r.has('failedItems')) {
      passed = false;
      if (failedText === null) r.error('failedItems', '不合格产品信息中不合格项目不能为空');
    } else {
      // A 检验结果 column holding 合格/不合格 (and no items column) is a conclusion column after all.
      const conclusion = failedResult === null ? null : PASS_FAIL.match(failedResult);
      passed = conclusion === null ? true : conclusion === '合格';
    }

    let items = failedText === null ? null : parseFailedItems(failedText);
    // Lists that split 不合格项目 / 检验结果 / 标准值 into three columns: one item per line in each.
    if (items && (failedResult !== null || failedLimit !== null) && items.every((i) => i.result === null)) {
      const results = failedResult?.split(/\r?\n/) ?? [];
      const limits = failedLimit?.split(/\r?\n/) ?? [];
      items = items.map((i, n) => ({
        item: i.item,
        result: results[n]?.trim() || null,
        limit: limits[n]?.trim() || null,
      }));
    }

    let samplingType = r.has('samplingType') ? r.choice('samplingType', SAMPLING_TYPE) : null;
    if (samplingType === null && !r.failed) {
      samplingType = /风险监测/.test(taskSource ?? '') || /风险监测/.test(ctx.sourceName) ? '风险监测' : '监督抽检';
    }

    const date = r.date('samplingDate') ?? r.date('noticeDate') ?? ctx.defaultDate;
    if (date === null && !r.failed) {
      r.error(
        r.has('noticeDate') ? 'noticeDate' : 'samplingDate',
        '缺少日期:请填写抽样日期或公告日期,或在导入时指定公告日期',
      );
    }
    const creditCode = r.creditCode('producerCreditCode');
    const region = place(r, ctx, 'sampledUnitAddress', [sampledUnitAddress, sampledUnitName]);
    if (r.failed || sampledUnitName === null || productName === null || date === null) return null;

    const key =
      sampleNo !== null
        ? `no:${keyPart(sampleNo)}`
        : hashKey('h', [producerName, sampledUnitName, productName, batch, noticeNo]);
    return {
      key,
      region,
      values: {
        natural_key: key,
        region_code: region,
        date,
        sample_no: sampleNo,
        producer_name: producerName,
        producer_address: r.text('producerAddress'),
        producer_credit_code: creditCode,
        sampled_unit_name: sampledUnitName,
        sampled_unit_address: sampledUnitAddress,
        product_name: productName,
        spec: r.text('spec'),
        brand: r.text('brand'),
        batch,
        category: r.text('category'),
        notice_no: noticeNo,
        task_source: taskSource,
        sampling_type: samplingType ?? '监督抽检',
        passed: flag(passed),
        failed_items_json: items && items.length > 0 ? JSON.stringify(items) : null,
        lab: r.text('lab'),
        remark: r.text('remark'),
      },
    };
  },
};
