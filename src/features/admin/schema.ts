import { Type } from 'typebox';
import { ROLES, USER_STATUSES } from '../../kernel/identity.ts';
import { LOCALES } from '../../i18n/locales.ts';

const csrf = Type.Optional(Type.String());

export const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })) });

export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const InviteBody = Type.Object({
  _csrf: csrf,
  email: Type.String({ minLength: 1, maxLength: 254, format: 'email' }),
  displayName: Type.String({ minLength: 1, maxLength: 120 }),
  role: Type.Enum(ROLES),
  organisationId: Type.String({ maxLength: 64 }),
  locale: Type.Union(LOCALES.map((l) => Type.Literal(l))),
});

export const UpdateUserBody = Type.Object({
  _csrf: csrf,
  role: Type.Enum(ROLES),
  status: Type.Enum(USER_STATUSES),
  organisationId: Type.String({ maxLength: 64 }),
});
