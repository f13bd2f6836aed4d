// The append-only audit log (read on the administration and editorial pages).
import { defineModule } from '../../kernel/module.ts';

export const auditModule = defineModule({ name: 'audit' });
