// Knowledge items: records, language versions and their workflow, links, revisions, read-time
// language fallback, and the facet index every listing reads (no pages of its own).
import { defineModule } from '../../kernel/module.ts';

export const itemsModule = defineModule({ name: 'items' });
