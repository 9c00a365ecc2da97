import { GraphQLError } from 'graphql';
import { type GraphiQLOptions, type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import { exampleQuery } from './example-query.ts';

/**
 * GraphiQL served from the installed package, so it works with no internet: the page, its
 * scripts, styles, editor workers and the explorer plugin all come inlined from
 * `@graphql-yoga/render-graphiql` (yoga's default page loads them from a public CDN).
 * Above the editor sits a library of example operations, one per kind of question the API answers.
 */

/** One kind of question the API answers, as a query that runs on the demo data. */
export interface ExampleOperation {
  /** `GET /graphql?example=<slug>` opens it. */
  slug: string;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

// Demo-data IDs are name-based UUIDs, the same in every database the seed loads.
const DONG_GIANG_2024 = 'Q29tbXVuZTozNTUzYmQzNi0yNGZjLTU3N2EtYTc4Ni0wNDcxYTBhOWM3ZTg=';
const HA_TINH = 'UHJvdmluY2U6NTU1NzhhMDMtOTBlZS01YzFjLTk4ZTctYWY4MjY4Y2VmNzhj';
const NINH_THUAN = 'UHJvdmluY2U6ZDQ1MTI2MTItMDBjNS01MjY1LTgwZmMtNzEwOTgzODk4OTRi';

export const exampleOperations: readonly ExampleOperation[] = [
  { slug: 'supporters', title: 'Who supports a district, on which decision', query: exampleQuery },
  {
    slug: 'commune-supporters',
    title: 'Who supports a commune, counting the units it replaced',
    query: `# Đông Giang commune as it is today (Lâm Đồng since the 2025 reform): support given to the
# old Đông Giang (Bình Thuận) counts here with includeHistory. Money is VND as a string of digits.
query SupportersOfDongGiang {
  place(code: "23074", asOf: "2025-08-01") {
    fullName
    parent { name }
    supportTotal(includeHistory: true) { valueVnd activityCount }
    supporters(includeHistory: true) {
      nodes { name nameEn kind }
    }
  }
}
`,
  },
  {
    slug: 'support-by-year-and-agency',
    title: 'Support by year and agency',
    query: `# Value (VND), activities and places per year and agency, computed in the database.
# Narrow it with filter: { placeId, years, category, agencyKind, … }.
query SupportByYearAndAgency {
  supportSummary(groupBy: [YEAR, AGENCY], orderBy: KEY_ASC, first: 50) {
    totalCount
    nodes {
      year
      agency { name }
      valueVnd
      activityCount
      placeCount
    }
  }
}
`,
  },
  {
    slug: 'commune-scorecard',
    title: 'A commune’s NTM scorecard',
    query: `# Which NTM criteria Đông Giang met in 2023, which not, who is assigned to help, open requests.
# $placeId is a place's ID: find one with places(search: "dong giang") { nodes { id } }.
query CommuneScorecard($placeId: ID!, $year: Int!) {
  communeScorecard(placeId: $placeId, year: $year) {
    commune { fullName }
    recognisedLevel
    levels {
      level
      total
      met
      basicallyMet
      notMet
      notAssessed
      unmetCriteria {
        criterion { number nameVi }
        status
        assignedAgencies { name }
      }
    }
    supportAllTime { valueVnd activityCount }
    openNeeds { title status }
  }
}
`,
    variables: { placeId: DONG_GIANG_2024, year: 2023 },
  },
  {
    slug: 'province-progress',
    title: 'A province’s progress year by year',
    query: `# Hà Tĩnh: communes by NTM level, OCOP products by stars, recognitions, and the figures
# its reports publish only as totals (4 standard, 10 advanced, 8 model communes in 2023).
query ProvinceProgress($placeId: ID!) {
  progress(placeId: $placeId, fromYear: 2022, toYear: 2024) {
    place { name }
    years {
      year
      communeCount
      recognisedCommunes { level communeCount }
      ocopProductsByStars { stars productCount }
      recognitions { level status place { fullName } decision { number } }
      reportedFigures { label value amountVnd }
    }
  }
}
`,
    variables: { placeId: HA_TINH },
  },
  {
    slug: 'gaps',
    title: 'The gap view: unmet criteria with no sponsor, unpledged requests',
    query: `# Places with unmet NTM criteria and no active sponsor, and places whose requests no agency
# has pledged — largest gaps first. Narrow with provinceId, criterionId, year.
query Gaps {
  gaps(first: 10) {
    totalCount
    nodes {
      kind
      place { fullName parent { name } }
      unmetCriterionCount
      unmetCriteria { number nameVi }
      unpledgedNeedCount
      unpledgedNeeds { title category requestedOn }
    }
  }
}
`,
  },
  {
    slug: 'poverty-trend',
    title: 'A poverty-rate trend',
    query: `# Ninh Thuận's poverty and near-poor rates (percent) and their average yearly change
# in percentage points.
query PovertyTrend($placeId: ID!) {
  poverty: indicatorSeries(placeId: $placeId, indicatorCode: "POVERTY_RATE", fromYear: 2020) {
    indicator { name nameVi unit }
    observations { year value source }
    averageYearlyChange
  }
  nearPoor: indicatorSeries(placeId: $placeId, indicatorCode: "NEAR_POOR_RATE", fromYear: 2020) {
    observations { year value }
  }
}
`,
    variables: { placeId: NINH_THUAN },
  },
  {
    slug: 'lineage',
    title: 'Lineage of a merged commune',
    query: `# Code 23074 names the old Đông Giang (Bình Thuận) before 1 July 2025 and the merged
# Đông Giang (Lâm Đồng) after: each side of the merger, with its dated lineage edges.
query LineageOfDongGiang {
  before: place(code: "23074", asOf: "2025-06-30") {
    fullName
    validTo
    parent { name parent { name } }
    successors { kind effectiveOn successor { fullName parent { name } } }
  }
  after: place(code: "23074", asOf: "2025-08-01") {
    fullName
    validFrom
    parent { name }
    predecessors { kind effectiveOn share predecessor { fullName parent { name } } }
  }
}
`,
  },
];

/** The page's options for one request: `?example=<slug>` opens that example in a tab. */
export function graphiqlOptions(request: Request): GraphiQLOptions {
  const slug = new URL(request.url).searchParams.get('example');
  const example = exampleOperations.find((candidate) => candidate.slug === slug);
  const options: GraphiQLOptions & { query?: string; variables?: string } = {
    title: 'Twinning Graph',
    defaultQuery: exampleQuery,
  };
  if (example) {
    // Yoga's page opens `query` (and `variables`) in a tab of its own, or selects the tab holding it.
    options.query = example.query;
    if (example.variables) options.variables = JSON.stringify(example.variables, null, 2);
  }
  return options;
}

let renderer: Promise<(options: GraphiQLOptions) => string> | undefined;

/**
 * Renders the page. The package inlines about 9 MB of scripts, so it is loaded on the first
 * request for the page rather than when the server starts.
 */
export async function renderGraphiQLPage(options: GraphiQLOptions): Promise<string> {
  renderer ??= import('@graphql-yoga/render-graphiql').then((module) => module.renderGraphiQL);
  const page = (await renderer)(options);
  // The bar goes first inside <body>; GraphiQL fills what is left of the window.
  return page.replace('<head>', `<head>${examplesStyle}`).replace(/<body[^>]*>/, (body) => body + examplesBar);
}

const examplesStyle = `<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; }
  #root { flex: 1; min-height: 0; }
  .tg-examples { display: flex; align-items: center; gap: 12px; padding: 8px 16px; font: 14px/1.4 system-ui, sans-serif;
    background: #0b3d5c; color: #fff; }
  .tg-examples strong { font-weight: 600; letter-spacing: .01em; }
  .tg-examples label { opacity: .85; }
  .tg-examples select { font: inherit; padding: 3px 6px; border-radius: 4px; border: 0; max-width: 60vw; }
</style>`;

const examplesBar = `<nav class="tg-examples" aria-label="Example operations">
  <strong>Twinning Graph</strong>
  <label for="tg-example">Example questions</label>
  <select id="tg-example" onchange="if (this.value) location.search = '?example=' + this.value">
    <option value="">Choose a question to open it in a new tab…</option>
    ${exampleOperations.map((example) => `<option value="${example.slug}">${escapeHtml(example.title)}</option>`).join('\n    ')}
  </select>
  <script>document.getElementById('tg-example').value = new URLSearchParams(location.search).get('example') || '';</script>
</nav>`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const whatToSend =
  'This is the Twinning Graph GraphQL endpoint, and the request carried no query. POST JSON such as ' +
  '{"query": "{ freshness { lastChangedAt } }"} with content-type: application/json, or GET /graphql?query=…';

/**
 * A request with neither a query nor a persisted-document hash gets a message saying what to send,
 * rather than the persisted-operations plugin's "PersistedQueryKeyNotFound". Put it before that plugin.
 */
export function missingQueryPlugin(): Plugin {
  return {
    onParams({ params, request }) {
      if (params.query || params.extensions?.persistedQuery) return;
      // A browser's GET is answered by GraphiQL before this hook runs; reaching here means it is off.
      const message = shouldRenderGraphiQL(request)
        ? `${whatToSend} (GraphiQL is turned off on this server).`
        : `${whatToSend}; open /graphql in a browser for GraphiQL with example questions.`;
      // Thrown, not set as the result: the hooks after this one would still run and overwrite it.
      throw new GraphQLError(message, { extensions: { code: 'QUERY_MISSING', http: { status: 400 } } });
    },
  };
}
