// The Change feed concept: its GraphQL types, root queries and subscription register on import.
import './type.ts';
import './queries.ts';
