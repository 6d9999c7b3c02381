// Entry point: Chinese locale for antd and dayjs, the antd App context (for message/modal), the
// session, then the router.
import { App as AntApp, ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import { zhCN } from './lib/antd-locale.ts';
import 'dayjs/locale/zh-cn.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { router } from './router.tsx';
import { SessionProvider } from './session/session-context.tsx';
import './styles.css';

dayjs.locale('zh-cn');

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');

createRoot(container).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
