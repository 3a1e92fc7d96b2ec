// The registry of every server action. The authorization matrix and the fuzz tests
// (tests/integration/authorization-matrix.test.ts, fuzz.test.ts) iterate over it.
import { confirmTwoFactor, requestPasswordReset, resetPassword, signInAction, signOutEverywhere, startTwoFactorSetup, verifyTotpAction } from '../auth/actions';
import { addEntities } from '../assessment/add-entities';
import { assignQuestions } from '../assessment/assign-questions';
import { createAssessment } from '../assessment/create-assessment';
import { createEntity } from '../assessment/create-entity';
import { deleteAttachment } from '../assessment/delete-attachment';
import { removeEntity } from '../assessment/remove-entity';
import { saveFinding } from '../assessment/save-finding';
import { saveResponse } from '../assessment/save-response';
import { sendReminders } from '../assessment/send-reminders';
import { setStatus } from '../assessment/set-status';
import { updateConsultation } from '../assessment/update-consultation';
import { uploadAttachment } from '../assessment/upload-attachment';
import { createCountry } from '../country/create-country';
import { importRegister } from '../country/import-register';
import { removeEmblem, setEmblem } from '../country/emblem';
import { importFrameworkAction } from '../framework/import-framework-action';
import { registerPeer, revokePeer } from '../installation/peer-actions';
import { amendRoadmap } from '../followup/amend-roadmap';
import { closePeriod } from '../followup/close-period';
import { commentUpdate } from '../followup/comment-update';
import { deleteEvidence, uploadEvidence } from '../followup/evidence';
import { reviewUpdate } from '../followup/review-update';
import { saveFollowUpSettings } from '../followup/save-settings';
import { saveUpdate } from '../followup/save-update';
import { submitUpdate } from '../followup/submit-update';
import { acceptInvitation } from '../invitations/accept-invitation';
import { inviteUser } from '../invitations/invite-user';
import { revokeInvitation } from '../invitations/revoke-invitation';
import { addComment } from '../roadmap/add-comment';
import { createAction } from '../roadmap/create-action';
import { createRoadmap } from '../roadmap/create-roadmap';
import { decideVersion } from '../roadmap/decide-version';
import { deleteAction } from '../roadmap/delete-action';
import { generateDraftAction } from '../roadmap/generate-draft-action';
import { importRoadmapAction } from '../roadmap/import-roadmap-action';
import { reorderActions } from '../roadmap/reorder-actions';
import { resolveComment } from '../roadmap/resolve-comment';
import { saveObjective } from '../roadmap/save-objective';
import { saveRecommendation } from '../roadmap/save-recommendation';
import { submitVersion } from '../roadmap/submit-version';
import { updateAction } from '../roadmap/update-action';
import { updateRoadmapHeader } from '../roadmap/update-header';
import { confirmCarried } from '../programme/confirm-carried';
import { startNextCycle } from '../programme/start-next-cycle';
import { approveLanguage } from '../translation/approve-language';
import { importXliff } from '../translation/import-xliff';
import { reviewTranslations } from '../translation/review-translations';
import { saveTranslation } from '../translation/save-translation';
import { setPublicationLanguages } from '../translation/set-languages';

export const ACTIONS = [
  inviteUser, revokeInvitation, startTwoFactorSetup, confirmTwoFactor, signOutEverywhere,
  createRoadmap, updateRoadmapHeader, generateDraftAction, saveObjective, saveRecommendation,
  createAction, updateAction, deleteAction, reorderActions, submitVersion, decideVersion, addComment, resolveComment, importRoadmapAction,
  createAssessment, updateConsultation, setStatus, addEntities, removeEntity, createEntity, assignQuestions, sendReminders,
  saveResponse, saveFinding, uploadAttachment, deleteAttachment, startNextCycle, confirmCarried,
  importFrameworkAction, registerPeer, revokePeer, createCountry, importRegister, setEmblem, removeEmblem,
  saveTranslation, reviewTranslations, approveLanguage, setPublicationLanguages, importXliff,
  saveFollowUpSettings, closePeriod, amendRoadmap, saveUpdate, submitUpdate, reviewUpdate, commentUpdate, uploadEvidence, deleteEvidence,
] as const;
export const PUBLIC_ACTIONS = [signInAction, verifyTotpAction, requestPasswordReset, resetPassword, acceptInvitation] as const;
