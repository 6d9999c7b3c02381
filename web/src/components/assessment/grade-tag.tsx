// A grade (A/B/C/D) as a coloured tag; a vetoed subject says so.
import { Tag } from 'antd';

const COLOURS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

export function GradeTag({ grade, vetoed }: { grade: string; vetoed?: boolean }) {
  return (
    <Tag color={COLOURS[grade] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {grade}
      {vetoed ? ' · 一票否决' : ''}
    </Tag>
  );
}
