// The registry of every server action. The authorization matrix and the fuzz tests
// (tests/integration/authorization-matrix.test.ts, fuzz.test.ts) iterate over it.
import { confirmTwoFactor, requestPasswordReset, resetPassword, signInAction, signOutEverywhere, startTwoFactorSetup, verifyTotpAction } from '../auth/actions';
import { acceptInvitation } from '../invitations/accept-invitation';
import { inviteUser } from '../invitations/invite-user';
import { revokeInvitation } from '../invitations/revoke-invitation';

export const ACTIONS = [inviteUser, revokeInvitation, startTwoFactorSetup, confirmTwoFactor, signOutEverywhere] as const;
export const PUBLIC_ACTIONS = [signInAction, verifyTotpAction, requestPasswordReset, resetPassword, acceptInvitation] as const;
