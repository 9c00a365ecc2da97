// The Agency concept: its GraphQL type, root queries and mutations register on import.
import './type.ts';
import './queries.ts';
import './mutations.ts';
