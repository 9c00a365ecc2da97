// The assessment concept: its GraphQL types, root queries and mutations register on import.
import './type.ts';
import './queries.ts';
import './mutations.ts';
