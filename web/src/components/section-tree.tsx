// The plan's section outline (一、 / (一) / 1. / (1)), built from the flat list by `path`.
import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import type { PlanSection } from '../api/types.ts';

/** Heading as it reads in the document: "一、总体要求", "(一)指导思想". */
export function sectionLabel(section: Pick<PlanSection, 'number' | 'title' | 'level'>): string {
  const number = section.level === 1 ? `${section.number}、` : section.number;
  return `${number}${section.title}`;
}

function parentPath(path: string): string | null {
  const i = path.lastIndexOf('/');
  return i < 0 ? null : path.slice(0, i);
}

function buildTree(sections: PlanSection[]): TreeDataNode[] {
  const nodes = new Map<string, TreeDataNode & { children: TreeDataNode[] }>();
  const roots: TreeDataNode[] = [];
  for (const s of sections) nodes.set(s.path, { key: String(s.id), title: sectionLabel(s), children: [] });
  for (const s of sections) {
    const node = nodes.get(s.path);
    if (!node) continue;
    const parent = parentPath(s.path);
    const parentNode = parent === null ? undefined : nodes.get(parent);
    // A section whose parent was not recognised still shows, at the top level.
    (parentNode ? parentNode.children : roots).push(node);
  }
  for (const node of nodes.values()) if (node.children.length === 0) node.isLeaf = true;
  return roots;
}

interface SectionTreeProps {
  sections: PlanSection[];
  selectedId: number | null;
  onSelect: (section: PlanSection | null) => void;
}

export function SectionTree({ sections, selectedId, onSelect }: SectionTreeProps) {
  const treeData = useMemo(() => buildTree(sections), [sections]);
  const byId = useMemo(() => new Map(sections.map((s) => [String(s.id), s])), [sections]);
  return (
    <Tree
      blockNode
      defaultExpandAll
      treeData={treeData}
      selectedKeys={selectedId === null ? [] : [String(selectedId)]}
      onSelect={(keys) => onSelect(byId.get(String(keys[0])) ?? null)}
    />
  );
}
