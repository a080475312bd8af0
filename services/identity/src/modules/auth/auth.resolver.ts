import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { AuthPayload } from './dto/auth-payload.type.js';
import { AuthService } from './auth.service.js';

/** Sign-in. `login` and `refreshSession` are the only public fields of identity: nobody is signed in yet. */
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs a staff member in. UNAUTHENTICATED "username or password is wrong" for either mistake; after 5 in a row the account is locked for 15 minutes (reason ACCOUNT_LOCKED, lockedUntil)',
  })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthPayload> {
    return new AuthService(ctx).login(username, password);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for a new access token and a new refresh token. A refresh token works once: using it again ends the session',
  })
  refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return new AuthService(ctx).refresh(refreshToken);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Ends the caller’s session: its access and refresh tokens stop working at once. false when there was none to end',
  })
  logout(@Ctx() ctx: IdentityContext): Promise<boolean> {
    return new AuthService(ctx).logout();
  }
}
