// Countries, regions and the closed vocabularies (with their labels).
import { defineModule } from '../../kernel/module.ts';
import * as messages from './messages.ts';

export const referenceModule = defineModule({ name: 'reference', messages });
