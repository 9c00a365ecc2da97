import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

export function PageHeader({ eyebrow, title, children }: { eyebrow: string; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <p className="eyebrow">{eyebrow}</p>
        <h1>{title}</h1>
      </div>
      {children && <div className="page-tools">{children}</div>}
    </header>
  );
}

export function Card({
  title,
  subtitle,
  children,
  wide,
  testId,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  return (
    <section className={wide ? 'card wide' : 'card'} data-testid={testId}>
      <h2>{title}</h2>
      {subtitle && <p className="subtitle">{subtitle}</p>}
      {children}
    </section>
  );
}

export function Kpi({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
}) {
  return (
    <div className="kpi" data-testid={testId}>
      <span className="kpi-label">{label}</span>
      <strong className="kpi-value">{value}</strong>
      {detail && <span className="kpi-detail">{detail}</span>}
    </div>
  );
}

/** What a panel shows while its query runs or after it failed. */
export function Status({ fetching, error }: { fetching: boolean; error: CombinedError | undefined }) {
  if (error) return <p className="status error">Could not load: {error.message}</p>;
  if (fetching) return <p className="status">Loading…</p>;
  return null;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
