// Shown above the board and the cockpit when no indicator has a value yet: say where the numbers
// come from and send the reader to 数据导入.
import { Alert, Button } from 'antd';
import { Link } from 'react-router-dom';
import type { IndicatorValue } from '../api/indicator-types.ts';

/** No indicator has a value or a record behind it. */
export function hasNoData(items: readonly IndicatorValue[]): boolean {
  return items.length > 0 && items.every((i) => i.value === null && !i.records);
}

export function NoDataAlert() {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="no-data-alert"
      title="本期还没有可计算的数据"
      description="各项指标由导入的抽检、监测和填报记录计算。请在「数据填报 → 数据导入」中选择数据类型,下载模板,按模板整理(或直接使用国家、省级系统导出的表格)后上传。"
      action={
        <Link to="/data/import">
          <Button type="primary">去导入数据</Button>
        </Link>
      }
    />
  );
}
