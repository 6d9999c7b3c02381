// antd's Chinese locale. antd ships it as CommonJS with `exports.default`; Vite's interop hands a
// default import the locale object, while TypeScript under the root config's NodeNext resolution
// types the same import as the whole `module.exports` ({ default: Locale }). Accepting both keeps
// the types honest without touching the root tsconfig.
import type { ConfigProviderProps } from 'antd';
import zhCNModule from 'antd/locale/zh_CN.js';

type Locale = NonNullable<ConfigProviderProps['locale']>;

const mod = zhCNModule as unknown as Locale | { default: Locale };

export const zhCN: Locale = 'default' in mod ? mod.default : mod;
