// Liveness and readiness (GET /healthz, GET /readyz), as DESIGN.md defines them.
import { defineModule } from '../../kernel/module.ts';
import { healthRoutes } from './routes.ts';

export const healthModule = defineModule({ name: 'health', root: healthRoutes });
