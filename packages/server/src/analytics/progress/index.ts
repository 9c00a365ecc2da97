// The Progress concept: its GraphQL types and root queries register on import.
import './type.ts';
import './queries.ts';
