/** What GraphiQL opens with: a question from the users' world, answered from the demo data. */
export const exampleQuery = `# Which agencies help Điện Biên Đông district, on which decision, since when?
# Search ignores diacritics: "dien bien dong" finds "Điện Biên Đông". Districts were abolished on
# 1 July 2025, so the list asks for the units of a day before (without asOf it lists today's).
query SupportersOfDienBienDong {
  places(search: "dien bien dong", level: DISTRICT, asOf: "2024-01-01", first: 1) {
    nodes {
      name
      ... on District {
        province { name }
      }
      twinnings(first: 20) {
        totalCount
        nodes {
          agency { name nameEn }
          document { number issuedOn }
          startsOn
          endsOn
        }
      }
    }
  }
}
`;
