// Webhook endpoints: their GraphQL types, root queries and mutations register on import.
import './schema.ts';
