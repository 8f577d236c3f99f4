import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A page loaded on first visit (its own script chunk), so the login screen and each page fetch
 * only what they use: `const UsersPage = lazyPage(() => import('./routes/UsersPage'), 'UsersPage')`.
 */
export function lazyPage<M extends Record<K, ComponentType<never>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType })) as unknown as M[K];
}

/** Where a lazy page appears: a spinner in its place while its chunk loads. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin className="page-loading" size="large" aria-label="页面加载中" />}>{children}</Suspense>;
}
