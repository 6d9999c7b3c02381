// The frame of every page: breadcrumb, title row with actions, then the content. Also sets the
// browser tab title so bookmarks and history entries are distinguishable.
import { Breadcrumb, Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { PLATFORM_NAME } from '../lib/platform.ts';

export interface Crumb {
  title: ReactNode;
  path?: string;
}

interface PageContainerProps {
  breadcrumb: Crumb[];
  title?: ReactNode;
  /** Plain-text title for the browser tab when `title` is not a string. */
  documentTitle?: string;
  extra?: ReactNode;
  children: ReactNode;
}

export function PageContainer({ breadcrumb, title, documentTitle, extra, children }: PageContainerProps) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    document.title = tabTitle ? `${tabTitle} - ${PLATFORM_NAME}` : PLATFORM_NAME;
  }, [tabTitle]);

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={breadcrumb.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))}
      />
      {(title || extra) && (
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {extra}
        </Flex>
      )}
      {children}
    </div>
  );
}
