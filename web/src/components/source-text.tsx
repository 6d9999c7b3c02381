// The plan's source text (原文) with one range highlighted and scrolled into view. Section start
// offsets become paragraph breaks so the flattened document is readable; the offsets themselves
// are never shifted, so highlights line up with what the parser recorded.
import { Empty } from 'antd';
import { useEffect, useMemo, useRef } from 'react';

export interface TextRange {
  start: number;
  end: number;
}

interface SourceTextProps {
  text: string;
  /** Offsets where a new paragraph should start (typically section starts). */
  breaks: number[];
  highlight: TextRange | null;
}

function paragraphs(text: string, breaks: number[]): TextRange[] {
  const cuts = [...new Set(breaks.filter((b) => b > 0 && b < text.length))].sort((a, b) => a - b);
  const out: TextRange[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > start) out.push({ start, end: cut });
    start = cut;
  }
  return out;
}

export function SourceText({ text, breaks, highlight }: SourceTextProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const paras = useMemo(() => paragraphs(text, breaks), [text, breaks]);
  const hl = highlight && highlight.end > highlight.start ? highlight : null;
  // Primitives, so a new range object with the same offsets doesn't scroll again.
  const hlStart = hl?.start ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the highlighted range moves
  useEffect(() => {
    const container = containerRef.current;
    const mark = markRef.current;
    if (hlStart === null || !container || !mark) return;
    // Scroll only the text box (not the page) so the mark sits near the top third.
    const offset = mark.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTo({ top: container.scrollTop + offset - container.clientHeight / 3, behavior: 'smooth' });
  }, [hlStart, hl?.end]);

  if (!text) return <Empty description="没有原文" />;

  let firstMarkPlaced = false;
  return (
    <div className="zl-source" ref={containerRef} data-testid="source-text">
      {paras.map((p) => {
        if (!hl || hl.end <= p.start || hl.start >= p.end) {
          return <p key={p.start}>{text.slice(p.start, p.end)}</p>;
        }
        const from = Math.max(hl.start, p.start);
        const to = Math.min(hl.end, p.end);
        const isFirst = !firstMarkPlaced;
        firstMarkPlaced = true;
        return (
          <p key={p.start}>
            {text.slice(p.start, from)}
            <mark ref={isFirst ? markRef : undefined}>{text.slice(from, to)}</mark>
            {text.slice(to, p.end)}
          </p>
        );
      })}
    </div>
  );
}
