import { Tag, Tooltip } from 'antd';

// How a target came to be linked to a task: written in the task (no tag), matched by its words,
// or linked by a person. The office can change either kind in the task's 关联目标.
export function LinkSourceTag({ source }: { source: 'default' | 'inferred' | 'manual' }) {
  if (source === 'manual') return <Tag color="blue">人工关联</Tag>;
  if (source === 'inferred') {
    return (
      <Tooltip title="方案未写明该目标由哪项任务承担,系统按目标名称与任务标题、内容中的相同词语自动关联;州质量办可在任务详情中调整">
        <Tag color="cyan">按名称关联</Tag>
      </Tooltip>
    );
  }
  return null;
}
