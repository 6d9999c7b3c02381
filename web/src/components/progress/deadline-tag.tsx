// The supervision colour of a report as a tag: green (on time / not yet due), yellow (due within
// the warning window), red (overdue). The text says how many days, so colour is never the only cue.
import { Tag, Tooltip } from 'antd';
import type { DeadlineColour } from '../../api/progress.ts';

const TAG_COLOR: Record<DeadlineColour, string> = { green: 'green', yellow: 'gold', red: 'red' };

export function deadlineText(colour: DeadlineColour, daysLeft: number, late: boolean, delivered: boolean): string {
  if (delivered) return late ? '已报送(逾期)' : '按时报送';
  if (colour === 'red') return `逾期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今日截止';
  return colour === 'yellow' ? `${daysLeft} 天后截止` : '未到期';
}

export function DeadlineTag(props: {
  colour: DeadlineColour;
  daysLeft: number;
  late: boolean;
  delivered: boolean;
  dueDate?: string;
}) {
  const tag = (
    <Tag
      color={TAG_COLOR[props.colour]}
      data-testid="deadline-tag"
      data-colour={props.colour}
      style={{ marginInlineEnd: 0 }}
    >
      {deadlineText(props.colour, props.daysLeft, props.late, props.delivered)}
    </Tag>
  );
  return props.dueDate ? <Tooltip title={`截止日期 ${props.dueDate}`}>{tag}</Tooltip> : tag;
}
