import { FreshnessDocument } from '@twinning/sdk';
import { useQuery } from 'urql';
import { formatDate } from './format.ts';
import { CommunePage } from './pages/CommunePage.tsx';
import { GapsPage } from './pages/GapsPage.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { ProvincePage } from './pages/ProvincePage.tsx';
import { href, type Route, useRoute } from './router.ts';

const sections: Array<{ page: Route['page']; label: string; vi: string; to: Route }> = [
  { page: 'province', label: 'Province overview', vi: 'Tổng quan tỉnh', to: { page: 'province', code: '11' } },
  { page: 'commune', label: 'Commune', vi: 'Xã', to: { page: 'commune', code: '23074', asOf: '2024-12-31' } },
  { page: 'gaps', label: 'Gaps', vi: 'Khoảng trống hỗ trợ', to: { page: 'gaps', provinceCode: undefined } },
  { page: 'map', label: 'Map', vi: 'Bản đồ', to: { page: 'map' } },
];

export function App() {
  const route = useRoute();
  const [{ data: freshness }] = useQuery({ query: FreshnessDocument });
  return (
    <div className="shell">
      <aside className="sidebar">
        <a className="brand" href="#/">
          <span className="brand-mark">TG</span>
          <span>
            Twinning Graph
            <small>Kết nghĩa · giúp đỡ</small>
          </span>
        </a>
        <nav>
          {sections.map((section) => (
            <a
              key={section.page}
              href={href(section.to)}
              className={route.page === section.page ? 'active' : undefined}
              data-nav={section.page}
            >
              {section.label}
              <small>{section.vi}</small>
            </a>
          ))}
        </nav>
        <p className="freshness">
          Last updated
          <br />
          <strong>
            {freshness?.freshness.lastChangedAt
              ? formatDate(freshness.freshness.lastChangedAt)
              : 'no change since loading'}
          </strong>
        </p>
      </aside>
      <main className="content">
        {route.page === 'province' && <ProvincePage key={route.code} code={route.code} />}
        {route.page === 'commune' && (
          <CommunePage key={`${route.code}/${route.asOf}`} code={route.code} asOf={route.asOf} />
        )}
        {route.page === 'gaps' && <GapsPage provinceCode={route.provinceCode} />}
        {route.page === 'map' && <MapPage />}
      </main>
    </div>
  );
}
