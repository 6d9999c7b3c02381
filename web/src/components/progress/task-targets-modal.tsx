// 编辑任务关联的目标: the 州质量办 picks which plan targets a task serves — by default those found
// in the task's own text, and the 主要目标 whose words point to the task; a person adds or
// removes any of them.
import { Alert, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error.ts';
import { type PlanTargetRow, setTaskTargets } from '../../api/progress.ts';
import type { Comparator } from '../../api/types.ts';
import { formatTarget } from '../../lib/format.ts';

export function TaskTargetsModal(props: {
  task: { taskId: number; taskTitle: string; targetIds: number[] } | null;
  targets: PlanTargetRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [selected, setSelected] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setSelected(props.task?.targetIds ?? []);
    setError(null);
  }, [props.task]);

  const save = async () => {
    if (!props.task) return;
    setBusy(true);
    try {
      await setTaskTargets(props.task.taskId, selected);
      props.onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.task !== null}
      title={`关联目标:${props.task?.taskTitle ?? ''}`}
      okText="保存"
      confirmLoading={busy}
      onOk={save}
      onCancel={props.onClose}
      width={720}
    >
      {error && <Alert style={{ marginBottom: 12 }} type="error" showIcon title={error} />}
      <Typography.Paragraph type="secondary">
        默认关联任务原文中提出的目标,以及按名称匹配到本任务的“主要目标”等目标;可增加其他目标,或去掉不相关的默认目标。
      </Typography.Paragraph>
      <Select
        mode="multiple"
        style={{ width: '100%' }}
        value={selected}
        onChange={setSelected}
        showSearch={{ optionFilterProp: 'label' }}
        options={props.targets.map((g) => ({
          value: g.id,
          label: `${g.indicator} ${formatTarget({ comparator: g.comparator as Comparator, value: g.value, unit: g.unit })}(${g.sectionPath})`,
        }))}
      />
    </Modal>
  );
}
