// Unit names in the plan that match no registered unit. 州质量办 and administrators can confirm
// each one; everyone else just sees the list (their tasks may be missing from a 责任清单).
import { Alert, App, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanUnmatchedUnit } from '../api/types.ts';
import { UnitMatchModal } from './unit-match-modal.tsx';

interface UnmatchedUnitsProps {
  planId: number;
  units: PlanUnmatchedUnit[];
  canConfirm: boolean;
  onMatched: () => void;
}

export function UnmatchedUnits({ planId, units, canConfirm, onMatched }: UnmatchedUnitsProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const { message } = App.useApp();
  if (units.length === 0) return null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={`方案中有 ${units.length} 个单位名称未匹配到已登记单位`}
        description={
          <Space size={[8, 8]} wrap data-testid="unmatched-units">
            {units.map((u) => (
              <Tag key={u.name}>
                {u.name}
                {canConfirm && (
                  <Typography.Link style={{ marginLeft: 6 }} onClick={() => setConfirming(u.name)}>
                    确认
                  </Typography.Link>
                )}
              </Tag>
            ))}
          </Space>
        }
      />
      <UnitMatchModal
        planId={planId}
        name={confirming}
        onClose={() => setConfirming(null)}
        onMatched={(name) => {
          message.success(`已确认「${name}」的单位匹配`);
          setConfirming(null);
          onMatched();
        }}
      />
    </>
  );
}
