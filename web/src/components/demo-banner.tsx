// 「演示数据」: while the server holds generated demo records every figure on every page is made
// up, so say so at the top of the frame. A failed status check shows nothing: the banner must
// never block the real work.
import { Alert } from 'antd';
import { getDemoStatus } from '../api/demo.ts';
import { useApi } from '../hooks/use-api.ts';
import { formatCount } from '../lib/format.ts';

export function DemoBanner() {
  const { data } = useApi((signal) => getDemoStatus(signal), []);
  if (!data?.present) return null;
  const total = Object.values(data.counts ?? {}).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="demo-banner"
      title="演示数据"
      description={`当前系统载入了程序生成的演示数据${total > 0 ? `(共 ${formatCount(total)} 条)` : ''},页面上的指标数值、抽检结果和空气、水质数据均为模拟生成,不代表真实情况。导入真实数据后请由管理员清除演示数据。`}
    />
  );
}
