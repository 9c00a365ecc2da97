import './type.ts';
import './queries.ts';
import './mutations.ts';
