// Outgoing mail: the transactional outbox and its delivery loop.
import { defineModule } from '../../kernel/module.ts';
import { startMailWorker } from './jobs.ts';

export const mailModule = defineModule({ name: 'mail', background: [startMailWorker] });
