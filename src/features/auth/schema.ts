// Request schemas of the auth pages (TypeBox); the validator's errors become field messages.
import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../lib/passwords.ts';

const csrf = Type.Optional(Type.String());
const email = Type.String({ minLength: 1, maxLength: 254, format: 'email' });
const newPassword = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH });

export const SignInQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) });

export const SignInBody = Type.Object({
  _csrf: csrf,
  email: Type.String({ minLength: 1, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const ForgotBody = Type.Object({ _csrf: csrf, email });

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

export const ResetBody = Type.Object({
  _csrf: csrf,
  password: newPassword,
  passwordConfirm: Type.String({ maxLength: PASSWORD_MAX_LENGTH }),
});

export const InviteAcceptBody = Type.Object({
  _csrf: csrf,
  displayName: Type.String({ minLength: 1, maxLength: 120 }),
  password: newPassword,
  passwordConfirm: Type.String({ maxLength: PASSWORD_MAX_LENGTH }),
});

export const ChangePasswordBody = Type.Object({
  _csrf: csrf,
  current: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  password: newPassword,
  passwordConfirm: Type.String({ maxLength: PASSWORD_MAX_LENGTH }),
});
